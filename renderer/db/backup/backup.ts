/**
 * Backup and restore: the one entry point the app uses. A backup file is `SHBK1`, a manifest line,
 * then gzip of a dexie-export-import JSON (shared/backup/file-layout.ts); restore is all-or-nothing
 * through a staging database and the active-database pointer.
 */
export { createBackup, inspectBackup, type CreateBackupOptions, type CreatedBackup, type InspectResult } from './create';
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
