import { useCallback, useState } from 'react';
import dayjs from 'dayjs';
import type { BackupManifest } from '@shared/backup/manifest';
import { backupRefusalText } from '@shared/backup/refusal';
import { useActor, useApproval } from '../../auth';
import { overallPercent, progressText } from '../../components/backup-progress';
import { createKeyring, inspectBackup, restoreBackup, type Protection, type RestorePreview, type SealedOrigin } from '../../db/backup/backup';
import type { BackupProgress } from '../../db/backup/backup';
import { useT } from '../../i18n/context';
import { getPlatform } from '../../platform';
import type { BackupFile } from '../../platform/platform';
import { isConfirmed, type Confirmations } from './restore-summary';

/** A file that checked out: what it holds, how it was protected, and what restoring it would change. */
export interface CheckedBackup {
  file: BackupFile;
  manifest: BackupManifest;
  protection: Protection;
  preview: RestorePreview;
  /** The backup password that opened a file from another PC (kept for the restore itself). */
  password?: string;
}

export { isConfirmed, type Confirmations } from './restore-summary';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'reading' }
  /** Encrypted by another PC: the backup password it was made with opens it. */
  | { step: 'password'; file: BackupFile; origin: SealedOrigin; wrong: boolean; busy: boolean }
  /** The file checked out: its summary and changes wait for the supervisor's confirmation. */
  | { step: 'summary'; checked: CheckedBackup; confirmed: Confirmations }
  | { step: 'running'; checked: CheckedBackup; confirmed: Confirmations; progress: { text: string; percent: number } }
  | { step: 'done' }
  /** Refused before anything was written, or failed and rolled back: either way nothing changed. */
  | { step: 'failed'; message: string };

export interface Restore {
  state: RestoreState;
  /** 从文件恢复…: pick a file, check it, show what it holds and what would change. */
  open: () => Promise<void>;
  /** The backup password for a file from another PC. */
  unlock: (password: string) => Promise<void>;
  confirmations: (next: Partial<Confirmations>) => void;
  /** Supervisor approval, then the all-or-nothing restore; on success the window reloads. */
  confirm: () => Promise<void>;
  close: () => void;
}

/** Long enough to read "恢复完成"; the reload then opens the restored database. */
const reloadDelayMs = 1200;
const none: Confirmations = { unprotected: false, auditLoss: false };

const keyring = () => createKeyring(getPlatform().backupDeviceKeys());

export function useRestore(): Restore {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const check = useCallback(
    async (file: BackupFile, password?: string) => {
      const checked = await inspectBackup(file.bytes, { keyring: keyring(), ...(password !== undefined ? { password } : {}) });
      if (checked.ok) {
        setState({ step: 'summary', checked: { file, ...checked, ...(password !== undefined ? { password } : {}) }, confirmed: none });
      } else if (checked.reason === 'needsPassword') {
        setState({ step: 'password', file, origin: checked.origin, wrong: false, busy: false });
      } else if (checked.reason === 'backup.error.wrongPassword' && password !== undefined) {
        setState((s) => (s.step === 'password' ? { ...s, wrong: true, busy: false } : s));
      } else {
        setState({ step: 'failed', message: t('restore.refused', { reason: backupRefusalText(t, checked) }) });
      }
    },
    [t],
  );

  const open = useCallback(async () => {
    try {
      const file = await getPlatform().openBackupFile();
      if (!file) return;
      setState({ step: 'reading' });
      await check(file);
    } catch (e) {
      setState({ step: 'failed', message: t('restore.refused', { reason: errorText(e) }) });
    }
  }, [t, check]);

  const unlock = useCallback(
    async (password: string) => {
      if (state.step !== 'password') return;
      setState({ ...state, busy: true, wrong: false });
      await check(state.file, password).catch((e: unknown) => setState({ step: 'failed', message: t('restore.refused', { reason: errorText(e) }) }));
    },
    [state, check, t],
  );

  const confirmations = useCallback((next: Partial<Confirmations>) => {
    setState((s) => (s.step === 'summary' ? { ...s, confirmed: { ...s.confirmed, ...next } } : s));
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== 'summary' || !isConfirmed(state.checked, state.confirmed)) return;
    const { checked, confirmed } = state;
    const { file, manifest } = checked;
    const approval = await requestApproval({
      title: t('restore.approvalTitle'),
      description: t('restore.approvalDescription', { at: dayjs(manifest.createdAt).format('YYYY-MM-DD HH:mm'), file: file.fileName }),
    });
    if (!approval) return;
    const onProgress = (p: BackupProgress) =>
      setState({ step: 'running', checked, confirmed, progress: { text: progressText(t, p), percent: overallPercent('restore', p) } });
    onProgress({ phase: 'verify', done: 0, total: 1 });
    const failed = (reason: string) => setState({ step: 'failed', message: t('restore.failed', { reason }) });
    try {
      const result = await restoreBackup(file.bytes, actor, approval, {
        keyring: keyring(),
        ...(checked.password !== undefined ? { password: checked.password } : {}),
        acceptUnprotected: confirmed.unprotected,
        acceptAuditLoss: confirmed.auditLoss,
        onProgress,
        fileName: file.fileName,
      });
      if (!result.ok) return failed(backupRefusalText(t, result));
      setState({ step: 'done' });
      setTimeout(() => window.location.reload(), reloadDelayMs);
    } catch (e) {
      failed(errorText(e));
    }
  }, [state, t, actor, requestApproval]);

  const close = useCallback(() => setState({ step: 'idle' }), []);
  return { state, open, unlock, confirmations, confirm, close };
}
