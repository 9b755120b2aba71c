import type { Issue } from '../validation';

/** A backup password guards every backup that leaves this PC: long enough that guessing it offline is hopeless. */
export const minBackupPasswordLength = 8;
export const maxBackupPasswordLength = 128;

/** At least 8 characters (any kind), at most 128. */
export function validateBackupPassword(password: string): Issue[] {
  const length = [...password].length;
  if (length < minBackupPasswordLength) return [{ path: 'password', message: 'backupPassword.error.tooShort' }];
  if (length > maxBackupPasswordLength) return [{ path: 'password', message: 'backupPassword.error.tooLong' }];
  return [];
}
