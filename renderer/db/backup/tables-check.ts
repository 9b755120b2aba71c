import { sameTableSchema, storesAt } from '../schema-history';
import type { HeaderRefusal } from './verify';

/**
 * A backup must hold exactly the tables of the schema version it declares, each with that version's
 * keys and indexes. A missing table would be restored empty (a file without customers wipes the
 * customers); a file declaring version 1 while holding version-7 tables would be "upgraded" from 1,
 * which drops what the upgrades do not expect (staff, audit entries). Both are refused here, before
 * anything is written.
 */
export function tablesRefusal(version: number, schemas: Readonly<Record<string, string>>): HeaderRefusal | null {
  const expected = storesAt(version);
  if (!expected) return { reason: 'backup.error.tables' };
  for (const table of Object.keys(expected)) if (!Object.hasOwn(schemas, table)) return { reason: 'backup.error.missingTable', table };
  for (const [table, schema] of Object.entries(schemas)) {
    const want = Object.hasOwn(expected, table) ? expected[table] : undefined;
    if (want === undefined || !sameTableSchema(schema, want)) return { reason: 'backup.error.tables' };
  }
  return null;
}
