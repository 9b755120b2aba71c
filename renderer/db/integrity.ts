import { balances } from '@shared/stock/ledger';
import type { AppDB } from './db';

/** Tables whose every row is created with a 'create' audit entry in the same transaction. */
export const auditedTables = ['staff', 'customers', 'callLogs', 'products', 'receipts', 'discrepancies'] as const;

export interface IntegrityReport {
  /** Rows of the audited tables. */
  records: number;
  /** 'create' entries for those tables. */
  auditEntries: number;
  /** `table:id` of rows without their 'create' entry. */
  withoutAudit: string[];
  /** `table:id` of 'create' entries whose row is missing. */
  auditWithoutRecord: string[];
  /** Multi-table writes found incomplete: a receipt without its movement or discrepancies, a balance off its movements. */
  halfWritten: string[];
}

async function auditPairs(db: AppDB, table: (typeof auditedTables)[number]): Promise<{ rows: number; entries: number; without: string[]; orphans: string[] }> {
  const ids = new Set((await db.table(table).toCollection().primaryKeys()).map(String));
  const audited = new Set(
    (await db.auditLog.where('[table+recordId]').between([table, ''], [table, '\uffff']).toArray()).filter((e) => e.action === 'create').map((e) => e.recordId),
  );
  return {
    rows: ids.size,
    entries: audited.size,
    without: [...ids].filter((id) => !audited.has(id)).map((id) => `${table}:${id}`),
    orphans: [...audited].filter((id) => !ids.has(id)).map((id) => `${table}:${id}`),
  };
}

/** Receipts (IN-2, IN-3): the movement of the counted goods and one discrepancy per differing line; balances from the ledger. */
async function halfWrittenStock(db: AppDB): Promise<string[]> {
  const found: string[] = [];
  const movements = await db.movements.toArray();
  const byRef = new Set(movements.map((m) => m.refKey));
  const discrepancies = await db.discrepancies.toArray();
  for (const r of await db.receipts.toArray()) {
    const counted = r.lines.some((l) => l.countedQty > 0);
    if (counted !== byRef.has(`receipt:${r.id}`)) found.push(`receipts:${r.id} movement`);
    const differing = r.lines.filter((l) => l.countedQty !== l.noteQty).length;
    if (discrepancies.filter((d) => d.receiptId === r.id).length !== differing) found.push(`receipts:${r.id} discrepancies`);
  }
  const ledger = balances(movements);
  const stored = new Map((await db.stockBalances.toArray()).map((b) => [b.productId, b.onHand]));
  for (const [productId, onHand] of ledger) if ((stored.get(productId) ?? 0) !== onHand) found.push(`stockBalances:${productId}`);
  for (const [productId, onHand] of stored) if (onHand !== 0 && !ledger.has(productId)) found.push(`stockBalances:${productId}`);
  return found;
}

/**
 * The invariants a crash must never break: every audited record has its audit entry and every entry
 * its record, and no multi-table write is found half done. Empty lists mean the data is whole.
 */
export async function checkIntegrity(db: AppDB): Promise<IntegrityReport> {
  const report: IntegrityReport = { records: 0, auditEntries: 0, withoutAudit: [], auditWithoutRecord: [], halfWritten: [] };
  for (const table of auditedTables) {
    const pairs = await auditPairs(db, table);
    report.records += pairs.rows;
    report.auditEntries += pairs.entries;
    report.withoutAudit.push(...pairs.without);
    report.auditWithoutRecord.push(...pairs.orphans);
  }
  report.halfWritten = await halfWrittenStock(db);
  return report;
}
