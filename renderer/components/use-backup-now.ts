import { useCallback, useState } from 'react';
import { backupExtension } from '@shared/ipc';
import type { Translate } from '@shared/i18n';
import { BackupKeyMissingError, createBackup, createKeyring, markBackupWritten, type BackupProgress } from '../db/backup/backup';
import { getDb } from '../db/db';
import { useT } from '../i18n/context';
import { getPlatform } from '../platform';
import type { Platform } from '../platform/platform';
import { overallPercent, progressText } from './backup-progress';
import type { Notice } from './notice';

/** 立即备份 writes to the automatic backup folder (Electron); 备份到文件… asks where (a download in a browser). */
export type BackupTarget = 'auto' | 'file';

export interface BackupNow {
  /** While a backup runs: the phase in words and the overall percentage. */
  progress: { text: string; percent: number } | null;
  run: (target: BackupTarget) => Promise<Notice>;
}

async function writeBackup(t: Translate, platform: Platform, target: BackupTarget, fileName: string, bytes: Uint8Array) {
  if (target === 'auto' && platform.kind === 'electron') {
    const written = await platform.writeAutoBackup(fileName, bytes);
    if (written) return { location: written.location, warning: written.warning };
  }
  const saved = await platform.saveFile(fileName, bytes, t('settings.backup.fileType'), [backupExtension]);
  return saved && { location: saved.location, warning: undefined };
}

function doneNotice(t: Translate, fileName: string, location: string, warning: string | undefined): Notice {
  if (warning) return { severity: 'warning', text: t('settings.backup.secondaryWarning', { message: warning }) };
  if (location === 'download') return { severity: 'success', text: t('settings.backup.downloaded', { file: fileName }) };
  return { severity: 'success', text: t('settings.backup.saved', { location }) };
}

/** Backs the whole database up now, with a determinate progress bar; the outcome comes back as a notice. */
export function useBackupNow(): BackupNow {
  const t = useT();
  const [progress, setProgress] = useState<BackupProgress | null>(null);

  const run = useCallback(
    async (target: BackupTarget): Promise<Notice> => {
      const platform = getPlatform();
      setProgress({ phase: 'read', done: 0, total: 0 });
      try {
        const db = getDb();
        const pcName = await platform.pcName();
        const keyring = createKeyring(platform.backupDeviceKeys());
        const created = await createBackup(db, { appVersion: await platform.appVersion(), pcName, onProgress: setProgress, keyring });
        const written = await writeBackup(t, platform, target, created.fileName, created.bytes);
        if (!written) return { severity: 'info', text: t('settings.backup.cancelled') };
        const file = written.location === 'download' ? created.fileName : written.location;
        await markBackupWritten(db, { at: created.manifest.createdAt, file });
        return doneNotice(t, created.fileName, written.location, written.warning);
      } catch (e) {
        if (e instanceof BackupKeyMissingError) return { severity: 'error', text: t('backup.error.noKey') };
        return { severity: 'error', text: t('settings.backup.failed', { message: e instanceof Error ? e.message : String(e) }) };
      } finally {
        setProgress(null);
      }
    },
    [t],
  );

  return {
    progress: progress && { text: progressText(t, progress), percent: overallPercent('backup', progress) },
    run,
  };
}
