/**
 * Backup and restore: the one entry point the app uses. A backup file is `SHBK2`, a header line with
 * the wrapped data keys, then AES-256-GCM ciphertext of a layout-1 file (`SHBK1`, a manifest line,
 * gzip of a dexie-export-import JSON; shared/backup/sealed-layout.ts, file-layout.ts); restore is
 * all-or-nothing through a staging database and the active-database pointer.
 */
export {
  BackupKeyMissingError,
  createBackup,
  inspectBackup,
  type CreateBackupOptions,
  type CreatedBackup,
  type InspectOptions,
  type InspectResult,
} from './create';
export { createKeyring, type BackupKeyring, type DeviceKeys, type DeviceUnwrap } from './keyring';
export type { OpenRefusal, Protection, SealedOrigin } from './open';
export type { RestorePreview } from './preview';
export { restoreBackup, type RestoreOptions, type RestoreRefusal, type RestoreResult } from './restore';
export {
  backupBeforeUpgrade,
  lastBackupInfo,
  markBackupWritten,
  runAutoBackup,
  runAutoBackupIfDue,
  type AutoBackupResult,
  type BackupPlatform,
  type LastBackupInfo,
} from './auto-backup';
export { cleanUpInterruptedRestore } from './staging';
export type { JobStats } from './jobs';
export { backupPhaseLabelKey, backupPhases, type BackupPhase, type BackupProgress, type OnBackupProgress } from './progress';
