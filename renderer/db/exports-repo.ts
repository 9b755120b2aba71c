import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { validateExportRecord, type ExportRecord } from '@shared/domain/export-record';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';

/**
 * Registers a written export file (REC-2) with its audit entry, in one transaction. Needs 'export';
 * an invalid record throws and writes nothing.
 */
export async function addExportRecord(db: AppDB, actor: Actor, rec: Omit<ExportRecord, 'id'>): Promise<number> {
  assertCan(actor.roles, 'export');
  assertValid(validateExportRecord(rec));
  return db.transaction('rw', db.exports, db.auditLog, async () => {
    const id = addedKey(await db.exports.add(rec));
    await auditChange(db, actor, { action: 'create', table: 'exports', recordId: id, after: { ...rec }, at: rec.createdAt });
    return id;
  });
}

/** The registry, newest first. */
export function listExportRecords(db: AppDB): Promise<ExportRecord[]> {
  return db.exports.orderBy('createdAt').reverse().toArray();
}

/**
 * Registers the rows of one file that holds several kinds (one row per kind, same file and SHA-256),
 * all with their audit entries in ONE transaction: either every kind counts as exported or none.
 */
export async function addExportRecords(db: AppDB, actor: Actor, recs: readonly Omit<ExportRecord, 'id'>[]): Promise<number[]> {
  assertCan(actor.roles, 'export');
  assertValid(recs.flatMap((rec, i) => validateExportRecord(rec).map((x) => ({ ...x, path: `${i}.${x.path}` }))));
  return db.transaction('rw', db.exports, db.auditLog, async () => {
    const ids: number[] = [];
    for (const rec of recs) {
      const id = addedKey(await db.exports.add(rec));
      await auditChange(db, actor, { action: 'create', table: 'exports', recordId: id, after: { ...rec }, at: rec.createdAt });
      ids.push(id);
    }
    return ids;
  });
}
