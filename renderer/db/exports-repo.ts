import { assertValid } from '@shared/validation';
import { validateExportRecord, type ExportRecord } from '@shared/domain/export-record';
import { addedKey, type AppDB } from './db';

/** Registers a written export file (REC-2); an invalid record throws and writes nothing. */
export async function addExportRecord(db: AppDB, rec: Omit<ExportRecord, 'id'>): Promise<number> {
  assertValid(validateExportRecord(rec));
  return addedKey(await db.transaction('rw', db.exports, () => db.exports.add(rec)));
}

/** The registry, newest first. */
export function listExportRecords(db: AppDB): Promise<ExportRecord[]> {
  return db.exports.orderBy('createdAt').reverse().toArray();
}
