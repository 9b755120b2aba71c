import { backupBeforeUpgrade, cleanUpInterruptedRestore } from '../db/backup/backup';
import { backupBeforeNewVersion } from '../db/backup/new-version-backup';
import { requestPersistence } from '../db/persistence';
import type { Platform } from '../platform';

let started: Promise<void> | null = null;

/**
 * What must happen before the database opens, once per start: remove the staging database of a
 * restore cut short, and back up a database that the new schema is about to upgrade (Electron; the
 * browser has no backup folder). Neither may keep the app from starting: failures are logged.
 */
export function prepareStart(platform: Platform): Promise<void> {
  started ??= (async () => {
    await cleanUpInterruptedRestore().catch((e: unknown) => console.error('cleaning up an interrupted restore failed', e));
    await backupBeforeNewVersion(platform); // first start of a new version: kept apart from the 30; never throws
    await backupBeforeUpgrade(platform); // reports its own failure; the upgrade goes ahead either way
    // Ask once per start; the answer is stored in settings 'persisted' and shown in 设置.
    void requestPersistence();
  })();
  return started;
}
