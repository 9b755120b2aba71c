import { Dexie, type Table } from 'dexie';
import type { BackupManifest } from '@shared/backup/manifest';
import { countRows } from './export-import';
import { ExportScanner, type ExportMeta } from './json-scan';
import { headerRefusal, type HeaderRefusal } from './verify';

/** A row the fast reader cannot take as it is (Typeson-encoded, or an outbound key): the library must import the file. */
export class NeedsLibraryImport extends Error {
  constructor() {
    super('the export holds Typeson-encoded rows');
    this.name = 'NeedsLibraryImport';
  }
}

export interface JsonImportOptions {
  stagingName: string;
  manifest: BackupManifest;
  /** Rows written per IndexedDB transaction: fewer, larger transactions import faster. */
  rowsPerTransaction: number;
  onRows?: (done: number) => void;
}

export type JsonImportResult = { ok: true; counts: Record<string, number>; writeMs: number } | ({ ok: false } & HeaderRefusal);

function isMeta(value: ExportMeta): boolean {
  const tables: unknown = value.data?.tables;
  const isTable = (t: unknown) =>
    typeof t === 'object' && t !== null && typeof Reflect.get(t, 'name') === 'string' && typeof Reflect.get(t, 'schema') === 'string' && Number.isInteger(Reflect.get(t, 'rowCount'));
  return value.formatName === 'dexie' && Number.isInteger(value.data?.databaseVersion) && Array.isArray(tables) && tables.every(isTable);
}

async function openStaging(name: string, meta: ExportMeta): Promise<Dexie> {
  const db = new Dexie(name);
  db.version(meta.data.databaseVersion).stores(Object.fromEntries(meta.data.tables.map((t) => [t.name, t.schema])));
  await db.open();
  return db;
}

/** Writes parsed rows in large transactions, one in flight while the next batch is parsed. */
class BatchWriter {
  private rows: unknown[] = [];
  private pending: Promise<void> = Promise.resolve();
  private written = 0;
  /** Time the IndexedDB writes took (they run one at a time). */
  writeMs = 0;
  table: Table | null = null;

  constructor(private readonly opts: JsonImportOptions) {}

  async add(rows: unknown[]): Promise<void> {
    for (const row of rows) this.rows.push(row);
    if (this.rows.length >= this.opts.rowsPerTransaction) await this.flush();
  }

  async flush(): Promise<void> {
    const { table } = this;
    const rows = this.rows;
    this.rows = [];
    await this.pending;
    if (!table || rows.length === 0) return;
    const started = performance.now();
    this.pending = table.bulkAdd(rows).then(() => {
      this.writeMs += performance.now() - started;
      this.written += rows.length;
      this.opts.onRows?.(this.written);
    });
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.pending;
  }

  settle(): Promise<void> {
    return this.pending.catch(() => {});
  }
}

function parseRows(json: string): unknown[] {
  const rows: unknown = JSON.parse(`[${json}]`);
  if (!Array.isArray(rows)) throw new SyntaxError('rows are not an array');
  if (rows.some((r) => typeof r === 'object' && r !== null && Object.hasOwn(r, '$types'))) throw new NeedsLibraryImport();
  return rows;
}

/**
 * Imports a streamed export JSON into a new database named `stagingName`, at the export's own
 * schema version. The header is checked against the manifest before anything is written. Throws
 * NeedsLibraryImport when the fast path cannot keep a row exactly (the caller retries with the
 * library), and the JSON / IndexedDB errors of a damaged file.
 */
export async function importExportJson(text: ReadableStream<string>, opts: JsonImportOptions): Promise<JsonImportResult> {
  const scanner = new ExportScanner(2000);
  const writer = new BatchWriter(opts);
  const reader = text.getReader();
  let db: Dexie | null = null;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      for (const event of scanner.push(next.value)) {
        if (event.type === 'header') {
          if (!isMeta(event.meta)) return { ok: false, reason: 'backup.error.unreadable' };
          const { tables: list, databaseVersion } = event.meta.data;
          const tables = Object.fromEntries(list.map((t) => [t.name, t.rowCount]));
          const schemas = Object.fromEntries(list.map((t) => [t.name, t.schema]));
          const refusal = headerRefusal(opts.manifest, { databaseVersion, tables, schemas });
          if (refusal) return { ok: false, ...refusal };
          db = await openStaging(opts.stagingName, event.meta);
        } else if (event.type === 'table') {
          if (!db) throw new SyntaxError('a table before the header');
          if (!event.inbound) throw new NeedsLibraryImport();
          await writer.flush();
          writer.table = db.table(event.name);
        } else {
          await writer.add(parseRows(event.json));
        }
      }
    }
    if (!scanner.complete || !db) return { ok: false, reason: 'backup.error.unreadable' };
    await writer.finish();
    return { ok: true, counts: await countRows(db), writeMs: writer.writeMs };
  } finally {
    await writer.settle();
    await reader.cancel().catch(() => {});
    db?.close();
  }
}
