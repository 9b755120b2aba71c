import { getDb, type AppDB } from './db';
import { setSetting } from './settings-repo';

/** The part of `navigator.storage` this needs (absent in old browsers and in Node). */
export interface PersistableStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/**
 * Asks the browser not to evict this origin's IndexedDB under storage pressure, and stores the
 * answer in setting 'persisted' for the Settings screen: true/false, or null where the API is missing.
 */
export async function requestPersistence(
  db: AppDB = getDb(),
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<boolean | null> {
  let granted: boolean | null = null;
  if (storage?.persist) {
    try {
      // Ask only when not yet granted: persist() may prompt in some browsers.
      granted = (await storage.persisted?.()) === true || (await storage.persist());
    } catch {
      granted = null; // The browser refused to answer: shown as "unknown", never as granted.
    }
  }
  await setSetting(db, 'persisted', granted);
  return granted;
}
