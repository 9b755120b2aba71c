import { assertValid, ValidationError, type Issue } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { CustomerImportRow } from '@shared/import/customer-rows';
import { importFields, type ImportKind } from '@shared/import/fields';
import { suggestMapping, type ImportMapping } from '@shared/import/mapping';
import type { ProductImportRow } from '@shared/import/product-rows';
import { canImport, type ImportedRow, type ImportResult } from '@shared/import/report';
import type { ImportSheet } from '@shared/import/sheet';
import { validateImportRows, type ExistingKeys } from '@shared/import/validate';
import { auditChange } from './audit-repo';
import { customerSnapshot, newCustomerRow } from './customers-repo';
import { addedKey, type AppDB } from './db';
import { productSearchKeys } from './products-repo';
import { syncSafetyAlert } from './stock-alerts';

interface PreviewBase {
  headers: string[];
  mapping: ImportMapping;
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
  /** True when the report is empty and there is at least one row: the user may confirm. */
  canImport: boolean;
}

export type ImportPreview =
  | (PreviewBase & { kind: 'customers'; result: ImportResult<CustomerImportRow> })
  | (PreviewBase & { kind: 'products'; result: ImportResult<ProductImportRow> });

/** What is on file now: product codes and customer phones (the duplicate checks). */
export async function existingKeys(db: AppDB): Promise<ExistingKeys> {
  const [codes, phones] = await Promise.all([db.products.orderBy('code').uniqueKeys(), db.customers.orderBy('phones').uniqueKeys()]);
  return { productCodes: new Set(codes.map(String)), phones: new Set(phones.map(String)) };
}

/**
 * Reads and checks an import without writing anything: the column mapping (suggested from the
 * headers unless given), then every row, against what is on file. The preview screen shows the
 * mapping and the row-by-row report; commitImport writes it once the user confirms.
 */
export async function previewImport(db: AppDB, kind: ImportKind, sheet: ImportSheet, mapping?: ImportMapping): Promise<ImportPreview> {
  const used = mapping ?? suggestMapping(sheet.headers, importFields(kind));
  const existing = await existingKeys(db);
  const rowCount = sheet.rows.filter((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== '')).length;
  const base = { headers: sheet.headers, mapping: used, rowCount };
  if (kind === 'customers') {
    const result = validateImportRows(sheet, used, 'customers', existing);
    return { ...base, kind, result, canImport: canImport(result) };
  }
  const result = validateImportRows(sheet, used, 'products', existing);
  return { ...base, kind, result, canImport: canImport(result) };
}

export interface CommitOptions {
  onProgress?: (done: number, total: number) => void;
  now?: number;
  /** Rows per bulk write inside the one transaction (progress is reported after each). */
  chunkSize?: number;
}

/** One create entry per imported row, appended through the audit trail's one writer, in the import's transaction. */
async function auditCreated(db: AppDB, actor: Actor, table: string, ids: readonly number[], snapshots: readonly Record<string, unknown>[], at: number): Promise<void> {
  // Issued together so IndexedDB queues them without a round trip each; still one transaction.
  await Promise.all(ids.map((id, i) => auditChange(db, actor, { action: 'create', table, recordId: id, after: snapshots[i] ?? {}, at, note: 'import' })));
}

/** Something written since the preview (another PC, another window) would now be a duplicate: refuse it all. */
function duplicateIssues<T>(rows: readonly ImportedRow<T>[], keysOf: (v: T) => string[], taken: ReadonlySet<string>, field: string, reason: string): Issue[] {
  return rows.filter((r) => keysOf(r.value).some((k) => taken.has(k))).map((r) => ({ path: `${r.row}.${field}`, message: reason }));
}

async function writeChunks<T>(rows: readonly ImportedRow<T>[], size: number, write: (chunk: T[]) => Promise<void>, onProgress?: CommitOptions['onProgress']): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await write(rows.slice(start, start + size).map((r) => r.value));
    onProgress?.(Math.min(start + size, rows.length), rows.length);
  }
}

async function commitCustomers(db: AppDB, actor: Actor, rows: ImportedRow<CustomerImportRow>[], size: number, at: number, onProgress?: CommitOptions['onProgress']): Promise<void> {
  const phones = [...new Set(rows.flatMap((r) => r.value.phones))];
  const taken = new Set((await db.customers.where('phones').anyOf(phones).toArray()).flatMap((c) => c.phones));
  assertValid(duplicateIssues(rows, (v) => v.phones, taken, 'phone', 'import.error.phoneExists'));
  await writeChunks(rows, size, async (chunk) => {
    const stored = chunk.map((input) => newCustomerRow(input, at, actor.staffId));
    const ids = (await db.customers.bulkAdd(stored, { allKeys: true })).map(addedKey);
    await auditCreated(db, actor, 'customers', ids, stored.map(customerSnapshot), at);
  }, onProgress);
}

async function commitProducts(db: AppDB, actor: Actor, rows: ImportedRow<ProductImportRow>[], size: number, at: number, onProgress?: CommitOptions['onProgress']): Promise<void> {
  const taken = new Set((await db.products.where('code').anyOf(rows.map((r) => r.value.code)).toArray()).map((p) => p.code));
  assertValid(duplicateIssues(rows, (v) => [v.code], taken, 'code', 'import.error.codeExists'));
  await writeChunks(rows, size, async (chunk) => {
    const stored = chunk.map((p) => ({ ...p, searchKeys: productSearchKeys(p), createdAt: at, updatedAt: at }));
    const ids = (await db.products.bulkAdd(stored, { allKeys: true })).map(addedKey);
    // IN-1: a new product with a safety level and nothing on hand is already low.
    for (const [i, id] of ids.entries()) {
      const p = stored[i];
      if (p) await syncSafetyAlert(db, { ...p, id }, 0, at, '');
    }
    const snapshots = stored.map(({ searchKeys: _k, createdAt: _c, updatedAt: _u, ...fields }) => fields);
    await auditCreated(db, actor, 'products', ids, snapshots, at);
  }, onProgress);
}

/**
 * Writes every row of a clean preview, each with its audit entry, in ONE transaction: all of them or,
 * if anything fails (a duplicate that appeared since the preview, a write error), none.
 */
export async function commitImport(db: AppDB, actor: Actor, preview: ImportPreview, options: CommitOptions = {}): Promise<{ written: number }> {
  assertCan(actor.roles, preview.kind === 'customers' ? 'customer.write' : 'stock.receive');
  if (!canImport(preview.result)) throw new ValidationError([{ path: 'file', message: 'stockRecord.import.notReady' }]);
  const at = options.now ?? Date.now();
  const size = Math.max(1, options.chunkSize ?? 1000);
  if (preview.kind === 'customers') {
    const rows = preview.result.valid;
    // The scope must be an async function: Dexie keeps the transaction across native awaits only then.
    await db.transaction('rw', db.customers, db.auditLog, async () => {
      await commitCustomers(db, actor, rows, size, at, options.onProgress);
    });
    return { written: rows.length };
  }
  const rows = preview.result.valid;
  await db.transaction('rw', db.products, db.stockAlerts, db.auditLog, async () => {
    await commitProducts(db, actor, rows, size, at, options.onProgress);
  });
  return { written: rows.length };
}
