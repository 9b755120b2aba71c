import { Dexie, type IndexableType, type Table } from 'dexie';
import type { ExportHeader } from './export-import';

/**
 * The fast writer of the dexie-export-import JSON format. The library encodes every row with
 * Typeson (to keep Dates, Blobs, undefined…), which costs most of a backup's time; the app's rows
 * are plain JSON, so this writer reads them in primary-key pages and JSON.stringify's each page.
 * The output is the library's format byte for byte (rows without `$types`), so the library can
 * read it too. A row that JSON would not keep exactly makes it give up: the caller then lets the
 * library write the whole export.
 */

/** True when JSON.stringify → JSON.parse gives back exactly this value. */
export function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      return value === null || (Array.isArray(value) ? isPlainArray(value) : isPlainObject(value));
    default:
      return false;
  }
}

function isPlainArray(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (!(i in list) || !isPlainJson(list[i])) return false;
  return true;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  // An own `$types` would read back as Typeson metadata; an undefined property would vanish.
  if (Object.hasOwn(value, '$types')) return false;
  for (const key of Object.keys(value)) if (!isPlainJson(Reflect.get(value, key))) return false;
  return true;
}

/** The table's schema as dexie-export-import writes it: primary key then indexes, e.g. `++id,name,*phones`. */
export function schemaString(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((ix) => ix.src).join(',');
}

function primaryKeyOf(table: Table, row: object): IndexableType {
  const path = table.schema.primKey.keyPath;
  const key: unknown = Array.isArray(path) ? path.map((p) => Dexie.getByKeyPath(row, p)) : Dexie.getByKeyPath(row, path ?? '');
  return key as IndexableType; // IndexedDB handed this row out under this key, so it is a valid key.
}

export interface WriteOptions {
  rowsPerChunk: number;
  /** Adds the time spent waiting for IndexedDB reads. */
  stats?: { readMs: number };
  onRows?: (done: number, total: number) => void;
}

/**
 * Writes one table's rows in primary-key pages; false when a row is not plain JSON. The next page is
 * asked for as soon as this one is in, so IndexedDB reads it while this one is checked and stringified.
 */
async function writeRows(table: Table, sink: (text: string) => void, opts: WriteOptions, progress: { done: number; total: number }) {
  const size = opts.rowsPerChunk;
  const readPage = (after: IndexableType | undefined) => (after === undefined ? table.limit(size) : table.where(':id').above(after).limit(size)).toArray();
  let next: Promise<unknown[]> = readPage(undefined);
  let first = true;
  for (;;) {
    const started = performance.now();
    const page = await next;
    if (opts.stats) opts.stats.readMs += performance.now() - started;
    if (page.length === 0) return true;
    const full = page.length === size;
    const last = page[page.length - 1];
    if (full && last !== undefined) next = readPage(primaryKeyOf(table, last as object));
    if (!page.every(isPlainJson)) {
      if (full) await next.catch(() => []); // settled before the transaction ends; its rows are not needed
      return false;
    }
    const json = JSON.stringify(page);
    sink(first ? json.slice(1, -1) : `,${json.slice(1, -1)}`);
    first = false;
    progress.done += page.length;
    opts.onRows?.(progress.done, progress.total);
    if (!full) return true;
  }
}

/**
 * Streams the whole database as dexie-export-import JSON into `sink`, inside one read transaction
 * (a consistent snapshot; the counts in the header are counted in it too). Returns the header, or
 * null when the fast path cannot keep every value exactly (a table without an inbound key, a row
 * that is not plain JSON): nothing usable was written then, and the caller uses the library.
 */
export function writeExportJson(db: Dexie, sink: (text: string) => void, opts: WriteOptions): Promise<ExportHeader | null> {
  return db.transaction('r', db.tables, async () => {
    if (db.tables.some((t) => !t.schema.primKey.keyPath)) return null;
    const tables = [];
    for (const t of db.tables) tables.push({ name: t.name, schema: schemaString(t), rowCount: await t.count() });
    const progress = { done: 0, total: tables.reduce((sum, t) => sum + t.rowCount, 0) };
    sink(`{"formatName":"dexie","formatVersion":1,"data":{"databaseName":${JSON.stringify(db.name)},"databaseVersion":${db.verno},"tables":${JSON.stringify(tables)},"data":[`);
    for (const [i, table] of db.tables.entries()) {
      sink(`${i > 0 ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`);
      if (!(await writeRows(table, sink, opts, progress))) return null;
      sink(']}');
    }
    sink(']}}');
    return {
      databaseVersion: db.verno,
      tables: Object.fromEntries(tables.map((t) => [t.name, t.rowCount])),
      schemas: Object.fromEntries(tables.map((t) => [t.name, t.schema])),
    };
  });
}
