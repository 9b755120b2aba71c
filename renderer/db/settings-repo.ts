import type { AppDB } from './db';

/**
 * A stored setting, or the fallback when it was never set. Keys in use: 'lang' ('zh-CN' | 'en'),
 * 'firstRunDone' (boolean), 'persisted' (boolean | null), 'idleLockMinutes' (number), 'lastBackupAt'
 * (epoch ms), 'lastBackupFile' (string). Settings are preferences, not records: they are not audited.
 */
export async function getSetting<T>(db: AppDB, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  // The settings table stores unknown values; each key has one writer, which stores a T.
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: AppDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
