/**
 * Backup files a correct program never writes, for the tests and the fuzz run: the export inside a
 * sound file taken apart, edited, and put back with a recomputed checksum, so the edit reaches the
 * checks behind the checksum (tables, rows, limits).
 */
import { splitBackupFile } from '@shared/backup/file-layout';
import { parseManifest, type BackupManifest } from '@shared/backup/manifest';
import { encodeBackupFile } from '../backup-file';
import { gunzipToBlob, gzipBlob } from '../streams';

export interface ExportTable {
  name: string;
  schema: string;
  rowCount: number;
}

export interface ExportTableData {
  tableName: string;
  inbound: boolean;
  rows: unknown[];
}

/** A dexie-export-import JSON, parsed. */
export interface ExportDoc {
  formatName: string;
  formatVersion: number;
  data: { databaseName: string; databaseVersion: number; tables: ExportTable[]; data: ExportTableData[] };
}

export interface OpenedBackup {
  manifest: BackupManifest;
  json: string;
}

/** The manifest and export JSON of a sound backup file. */
export async function openBackup(bytes: Uint8Array): Promise<OpenedBackup> {
  const parts = splitBackupFile(bytes);
  if (!parts.ok) throw new Error(parts.reason);
  const manifest = parseManifest(JSON.parse(new TextDecoder().decode(parts.manifestBytes)));
  if (!manifest) throw new Error('not a manifest');
  return { manifest, json: await (await gunzipToBlob(parts.data)).text() };
}

export function parseExport(json: string): ExportDoc {
  const doc: unknown = JSON.parse(json);
  if (typeof doc !== 'object' || doc === null || !('data' in doc)) throw new Error('not a dexie export');
  return doc as ExportDoc; // test input, taken from a file this program wrote
}

export function tableData(doc: ExportDoc, table: string): ExportTableData {
  const data = doc.data.data.find((t) => t.tableName === table);
  if (!data) throw new Error(`no table ${table} in the export`);
  return data;
}

/** Sets each table's row count in the header to the rows it holds (after rows were added or removed). */
export function recount(doc: ExportDoc): void {
  for (const t of doc.data.tables) t.rowCount = doc.data.data.find((d) => d.tableName === t.name)?.rows.length ?? 0;
}

export function headerCounts(doc: ExportDoc): Record<string, number> {
  return Object.fromEntries(doc.data.tables.map((t) => [t.name, t.rowCount]));
}

/**
 * A backup file around any export JSON, with a valid checksum: the manifest takes the export's own
 * version and counts unless `manifest` says otherwise.
 */
export async function backupOf(json: string, manifest: Partial<Pick<BackupManifest, 'schemaVersion' | 'tables' | 'createdAt'>> = {}): Promise<Uint8Array> {
  const doc = parseExport(json);
  const data = await gzipBlob(new Blob([json]));
  const info = {
    appVersion: '9.9.9',
    pcName: 'TEST',
    createdAt: manifest.createdAt ?? 1_790_000_000_000,
    schemaVersion: manifest.schemaVersion ?? doc.data.databaseVersion,
    tables: manifest.tables ?? headerCounts(doc),
  };
  return (await encodeBackupFile(info, data)).bytes;
}

/** A backup file around bytes that are already gzip (a gzip bomb), with a valid checksum. */
export async function backupOfGzip(gzip: Uint8Array, manifest: Pick<BackupManifest, 'schemaVersion' | 'tables'>): Promise<Uint8Array> {
  return (await encodeBackupFile({ appVersion: '9.9.9', pcName: 'TEST', createdAt: 1_790_000_000_000, ...manifest }, gzip)).bytes;
}

/** The manifest line of a file replaced (the data part stays as it was, so the checksum still fits it). */
export function withManifestLine(bytes: Uint8Array, line: string): Uint8Array {
  const parts = splitBackupFile(bytes);
  if (!parts.ok) throw new Error(parts.reason);
  const header = new TextEncoder().encode(`SHBK1\n${line}\n`);
  const out = new Uint8Array(header.length + parts.data.length);
  out.set(header, 0);
  out.set(parts.data, header.length);
  return out;
}

/** Edits one row of a table (by position) and gives the file, counts unchanged. */
export async function withRow(json: string, table: string, index: number, edit: (row: Record<string, unknown>) => void): Promise<Uint8Array> {
  const doc = parseExport(json);
  const row = tableData(doc, table).rows[index];
  if (typeof row !== 'object' || row === null) throw new Error(`no row ${index} in ${table}`);
  edit(row as Record<string, unknown>); // an export row is a plain JSON object
  return backupOf(JSON.stringify(doc));
}

/**
 * A gzip stream whose export header is sound and whose one settings row holds a string of `chars`
 * characters: a few hundred kilobytes on disk, hundreds of megabytes unpacked. Written through a
 * CompressionStream piece by piece, so the test never holds the string itself.
 */
export async function hugeStringGzip(doc: ExportDoc, chars: number, piece = 1 << 20): Promise<Uint8Array> {
  const settings = doc.data.tables.find((t) => t.name === 'settings');
  if (settings) settings.rowCount += 1;
  const head = JSON.stringify({ ...doc, data: { ...doc.data, data: [] } });
  const opening = `${head.slice(0, head.length - '[]}}'.length)}[{"tableName":"settings","inbound":true,"rows":[{"key":"huge","value":"`;
  const rest = doc.data.data.map((t) => `,${JSON.stringify(t)}`).join('');
  const closing = `"}]}${rest}]}}`;
  const gzip = new CompressionStream('gzip');
  const writer = gzip.writable.getWriter();
  const out = new Response(gzip.readable).arrayBuffer();
  const encoder = new TextEncoder();
  const chunk = encoder.encode('x'.repeat(piece));
  await writer.write(encoder.encode(opening));
  for (let left = chars; left > 0; left -= piece) await writer.write(left >= piece ? chunk : chunk.subarray(0, left));
  await writer.write(encoder.encode(closing));
  await writer.close();
  return new Uint8Array(await out);
}
