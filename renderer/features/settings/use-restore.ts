import { useCallback, useState } from 'react';
import dayjs from 'dayjs';
import type { BackupManifest } from '@shared/backup/manifest';
import { backupRefusalText } from '@shared/backup/refusal';
import { useActor, useApproval } from '../../auth';
import { overallPercent, progressText } from '../../components/backup-progress';
import { inspectBackup, restoreBackup } from '../../db/backup/backup';
import type { BackupProgress } from '../../db/backup/backup';
import { useT } from '../../i18n/context';
import { getPlatform } from '../../platform';
import type { BackupFile } from '../../platform/platform';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'reading' }
  /** The file checked out: its summary waits for the clerk's confirmation. */
  | { step: 'summary'; file: BackupFile; manifest: BackupManifest }
  | { step: 'running'; file: BackupFile; manifest: BackupManifest; progress: { text: string; percent: number } }
  | { step: 'done' }
  /** Refused before anything was written, or failed and rolled back: either way nothing changed. */
  | { step: 'failed'; message: string };

export interface Restore {
  state: RestoreState;
  /** 从文件恢复…: pick a file, check it, show what it holds. */
  open: () => Promise<void>;
  /** Supervisor approval, then the all-or-nothing restore; on success the window reloads. */
  confirm: () => Promise<void>;
  close: () => void;
}

/** Long enough to read "恢复完成"; the reload then opens the restored database. */
const reloadDelayMs = 1200;

export function useRestore(): Restore {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const open = useCallback(async () => {
    try {
      const file = await getPlatform().openBackupFile();
      if (!file) return;
      setState({ step: 'reading' });
      const checked = await inspectBackup(file.bytes);
      if (checked.ok) setState({ step: 'summary', file, manifest: checked.manifest });
      else setState({ step: 'failed', message: t('restore.refused', { reason: backupRefusalText(t, checked) }) });
    } catch (e) {
      setState({ step: 'failed', message: t('restore.refused', { reason: errorText(e) }) });
    }
  }, [t]);

  const confirm = useCallback(async () => {
    if (state.step !== 'summary') return;
    const { file, manifest } = state;
    const approval = await requestApproval({
      title: t('restore.approvalTitle'),
      description: t('restore.approvalDescription', { at: dayjs(manifest.createdAt).format('YYYY-MM-DD HH:mm'), file: file.fileName }),
    });
    if (!approval) return;
    const onProgress = (p: BackupProgress) =>
      setState({ step: 'running', file, manifest, progress: { text: progressText(t, p), percent: overallPercent('restore', p) } });
    onProgress({ phase: 'verify', done: 0, total: 1 });
    const failed = (reason: string) => setState({ step: 'failed', message: t('restore.failed', { reason }) });
    try {
      const result = await restoreBackup(file.bytes, actor, approval, { onProgress, fileName: file.fileName });
      if (!result.ok) return failed(backupRefusalText(t, result));
      setState({ step: 'done' });
      setTimeout(() => window.location.reload(), reloadDelayMs);
    } catch (e) {
      failed(errorText(e));
    }
  }, [state, t, actor, requestApproval]);

  const close = useCallback(() => setState({ step: 'idle' }), []);
  return { state, open, confirm, close };
}
