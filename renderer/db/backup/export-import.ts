import type { Dexie } from 'dexie';
import { gunzipHead } from './streams';

/** dexie-export-import is loaded on first use: it is only needed when backing up or restoring. */
export function loadExportImport() {
  return import('dexie-export-import');
}

/** What a dexie export says about itself in its first few kilobytes. */
export interface ExportHeader {
  databaseVersion: number;
  tables: Record<string, number>;
  /** Each table's Dexie schema as exported (primary key, then indexes). */
  schemas: Record<string, string>;
}

/** The header of a dexie export (version and per-table row counts), or null when it is not one. */
export async function readExportHeader(json: Blob): Promise<ExportHeader | null> {
  const { peakImportFile } = await loadExportImport();
  try {
    const meta = await peakImportFile(json);
    if (meta.formatName !== 'dexie' || !Array.isArray(meta.data?.tables)) return null;
    return {
      databaseVersion: meta.data.databaseVersion,
      tables: Object.fromEntries(meta.data.tables.map((t) => [t.name, t.rowCount])),
      schemas: Object.fromEntries(meta.data.tables.map((t) => [t.name, t.schema])),
    };
  } catch {
    return null;
  }
}

/** The header of a gzipped export, reading only its start (the header is a few hundred bytes). */
export async function readGzippedExportHeader(data: Uint8Array): Promise<ExportHeader | null> {
  try {
    return await readExportHeader(await gunzipHead(data, 64 * 1024));
  } catch {
    return null;
  }
}

/** Row counts of every table of an open database. */
export async function countRows(db: Dexie): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}
