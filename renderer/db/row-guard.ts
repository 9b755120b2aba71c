import type { Dexie, Table } from 'dexie';
import type { z } from 'zod';
import { checkRow, type RowFault } from '@shared/rows/check';
import type { rowSchemas } from '@shared/rows/registry';
import type { AppDB } from './db';

/** The row type a table of AppDB stores. */
type RowOfTable<K extends keyof AppDB> = AppDB[K] extends Table<infer R, infer _K, infer _I> ? R : never;

/**
 * Every table of AppDB has its row schema in shared/rows/registry.ts, and each schema accepts exactly
 * rows of the table's type (the compiler checks both here: a new table, or a changed record type,
 * without its schema fails the type check).
 */
/** A row as written: IndexedDB gives an added row its `++id` key, so the key may still be missing. */
type AsWritten<R> = R extends { id: infer I } ? Omit<R, 'id'> & { id?: I } : R;
type TableName = { [K in keyof AppDB]: AppDB[K] extends Table ? K : never }[keyof AppDB];
export type SchemasMatchTables = {
  // shared/ cannot name a Blob: the screenshot's bytes are checked as an object with a size and a type.
  [K in TableName]: z.ZodType<AsWritten<K extends 'slipAttachments' ? Omit<RowOfTable<K>, 'data'> : RowOfTable<K>>>;
};
export const schemasMatchTables = (schemas: typeof rowSchemas): SchemasMatchTables => schemas;

/** A write the database refused because the row does not have its table's shape: a program error, never the user's input. */
export class StoredRowError extends Error {
  constructor(
    readonly table: string,
    readonly fault: RowFault,
  ) {
    super(`a ${table} row does not have the stored shape (${fault.field || 'row'}: ${fault.kind})`);
    this.name = 'StoredRowError';
  }
}

/**
 * Checks every row added or put through the database against its table's row schema, the same check
 * a restore runs on every row of a backup: whatever the app writes, a restore of it accepts. The
 * repositories validate their input first and say what is wrong at the field; this catches a row
 * built wrong by any path, before it is stored. The refusal aborts the write's transaction.
 * Schema upgrades are let through (see below).
 */
export function guardRows(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'rowGuard',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            // An upgrade rewrites old rows as they were kept: refusing one would stop the app from opening at all.
            // A restore checks the upgraded rows of a backup afterwards (backup/check-staged.ts).
            if (Reflect.get(req.trans, 'mode') === 'versionchange') return table.mutate(req);
            if (req.type === 'add' || req.type === 'put') {
              for (const value of req.values) {
                const fault = checkRow(name, value);
                if (fault) return Promise.reject(new StoredRowError(name, fault));
              }
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
}
