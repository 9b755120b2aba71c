import { backupBeforeUpgrade } from '../db/backup/backup';
import { backupBeforeNewVersion } from '../db/backup/new-version-backup';
import { requestPersistence } from '../db/persistence';
import { openLiveDb, preparePointer } from '../db/start-db';
import { isQuotaError } from '../db/storage-errors';
import { reportQuotaFailure } from '../db/storage-health';
import type { Platform } from '../platform';

/** How the start went: the app opens, or a screen says why it cannot (a full disk, anything else). */
export type StartResult = { ok: true } | { ok: false; reason: 'storage' | 'failed'; message: string };

let started: Promise<StartResult> | null = null;

/**
 * What must happen before the app shows, once per start: read the durable database pointer and remove
 * what it proves unneeded (staging copies of restores cut short, copies replaced long enough ago),
 * back up the records at the first start of a new app version and before the new schema upgrades
 * them (Electron; the browser has no backup folder), then open the live database. Only the last may keep the app from starting, and it says why
 * instead of throwing.
 */
export function prepareStart(platform: Platform): Promise<StartResult> {
  started ??= (async (): Promise<StartResult> => {
    await preparePointer().catch((e: unknown) => console.error('reading the database pointer failed', e));
    await backupBeforeNewVersion(platform); // first start of a new version: kept apart from the 30; never throws
    await backupBeforeUpgrade(platform); // reports its own failure; the upgrade goes ahead either way
    try {
      await openLiveDb();
    } catch (error) {
      console.error('the database could not be opened', error);
      const quota = isQuotaError(error);
      if (quota) reportQuotaFailure();
      return { ok: false, reason: quota ? 'storage' : 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    // Ask once per start; the answer is stored in settings 'persisted' and shown in 设置. A full disk
    // refuses that small write: the warning shows, the start goes on.
    void requestPersistence().catch((e: unknown) => console.warn('the persistence answer could not be stored', e));
    return { ok: true };
  })();
  return started;
}
