import { useLiveQuery } from 'dexie-react-hooks';
import { useActor } from '../../auth';
import { backupPasswordState, setBackupPassword, type BackupPasswordState } from '../../db/backup-password-repo';
import { getDb } from '../../db/db';

/** Whether a backup password is set (undefined while it is read), and setting or changing it as the signed-in supervisor. */
export function useBackupPassword(): { state: BackupPasswordState | null | undefined; save: (password: string) => Promise<void> } {
  const actor = useActor();
  const state = useLiveQuery(() => backupPasswordState(), []);
  return { state, save: (password) => setBackupPassword(getDb(), actor, password) };
}
