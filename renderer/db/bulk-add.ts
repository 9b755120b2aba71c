import type { Table } from 'dexie';
import type { AppDB } from './db';

/**
 * Adds rows in chunks, one transaction per chunk, so a 100k import neither holds one huge
 * transaction nor blocks for its whole length. If a chunk fails, the chunks already committed are
 * deleted again, so a failed bulk add leaves nothing behind.
 */
export async function bulkAddChunked<T, TKey, TInsert>(
  db: AppDB,
  table: Table<T, TKey, TInsert>,
  rows: readonly TInsert[],
  chunkSize: number,
): Promise<TKey[]> {
  const size = Math.max(1, Math.floor(chunkSize));
  const keys: TKey[] = [];
  try {
    for (let start = 0; start < rows.length; start += size) {
      const chunk = rows.slice(start, start + size);
      const added = await db.transaction('rw', table, () => table.bulkAdd(chunk, { allKeys: true }));
      keys.push(...added);
    }
  } catch (error) {
    await db.transaction('rw', table, () => table.bulkDelete(keys));
    throw error;
  }
  return keys;
}
