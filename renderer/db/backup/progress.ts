import type { StringKey } from '@shared/i18n';

/** The steps of a backup (read → compress → checksum) and of a restore (verify … switch). */
export const backupPhases = ['read', 'compress', 'checksum', 'verify', 'decompress', 'import', 'upgrade', 'validate', 'check', 'switch'] as const;
export type BackupPhase = (typeof backupPhases)[number];

/** Where a backup or restore is: `done` of `total` rows (read, import, validate) or bytes (compress, decompress); 0/1 → 1/1 otherwise. */
export interface BackupProgress {
  phase: BackupPhase;
  done: number;
  total: number;
}

export type OnBackupProgress = (progress: BackupProgress) => void;

export function backupPhaseLabelKey(phase: BackupPhase): StringKey {
  return `backup.phase.${phase}` satisfies StringKey;
}
