import { assertValid, ValidationError, type Issue } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import type { Actor } from '@shared/auth/roles';
import { nextDocNo } from '@shared/stock/doc-no';
import { locationOf, movementDeltas, movementProductIds, validateMovement, type Movement } from '@shared/stock/ledger';
import { checkMovementDate } from '@shared/stock/settlement-time';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { checkApproval } from './sign-in';
import { syncSafetyAlert } from './stock-alerts';
import { refKeyOf, type StockBalance, type StoredMovement } from './stock-rows';

/**
 * The heart of the ledger, shared by every posting path (receipts, returns, exchanges, outbound,
 * stock takes). These helpers run INSIDE the caller's read-write transaction, which must hold
 * `stockTables(db)` plus the caller's own record table, so the record, its movements, the running
 * balances, the safety alerts and the audit entries commit or fail together.
 */

/** The tables a posting transaction needs (add the record's own table to these). */
export function stockTables(db: AppDB) {
  return [db.movements, db.stockBalances, db.stockAlerts, db.stockDays, db.docCounters, db.products, db.staff, db.auditLog];
}

/**
 * The next number of a document series on a day (RK/CK/HH/PD + date + sequence, shared nextDocNo).
 * The series' count is kept per day in `docCounters` and taken inside the writing transaction, so
 * two documents never share a number, including those that move no goods (a receipt counted 0).
 */
export async function takeDocNo(db: AppDB, prefix: string, day: string): Promise<string> {
  const key = `${prefix}${day}`;
  const count = (await db.docCounters.get(key))?.count ?? 0;
  await db.docCounters.put({ key, count: count + 1 });
  return nextDocNo(prefix, day, count);
}

/** WH-1: a day that is settled and not reopened takes no movement. */
export async function assertDayOpen(db: AppDB, day: string): Promise<void> {
  const state = await db.stockDays.get(day);
  const settled = new Set(state?.status === 'settled' ? [day] : []);
  assertValid(checkMovementDate(day, settled));
}

/** A supervisor's override to let stock go negative, re-checked like every approval (active, fresh). */
export async function checkOverride(db: AppDB, approval: Approval | undefined, now: number): Promise<boolean> {
  if (!approval) return false;
  await checkApproval(db, approval, now);
  return true;
}

export interface PostOptions {
  /** A verified supervisor override (see checkOverride): the movement may take stock below zero. */
  allowNegative: boolean;
  /** Path prefix for the shortage message, e.g. 'replacement' → 'replacement.qty'; default 'lines.i.qty'. */
  shortagePath?: (lineIndex: number) => string;
}

function shortageIssues(m: Movement, before: ReadonlyMap<number, number>, options: PostOptions): Issue[] {
  if (options.allowNegative) return [];
  const deltas = movementDeltas(m);
  const flagged = new Set<number>();
  const issues: Issue[] = [];
  m.lines.forEach((l, i) => {
    if (locationOf(l) !== 'sellable') return;
    const delta = deltas.get(l.productId) ?? 0;
    if (delta >= 0 || flagged.has(l.productId)) return;
    if ((before.get(l.productId) ?? 0) + delta < 0) {
      flagged.add(l.productId);
      issues.push({ path: options.shortagePath?.(i) ?? `lines.${i}.qty`, message: 'stock.out.insufficient' });
    }
  });
  return issues;
}

/** Faulty stock never goes below zero: no override exists for taking goods that are not there. */
function faultyShortageIssues(m: Movement, before: ReadonlyMap<number, number>): Issue[] {
  const deltas = movementDeltas(m, 'faulty');
  return m.lines.flatMap((l, i) => {
    if (locationOf(l) !== 'faulty') return [];
    const delta = deltas.get(l.productId) ?? 0;
    return delta < 0 && (before.get(l.productId) ?? 0) + delta < 0 ? [{ path: `lines.${i}.qty`, message: 'stock.faulty.insufficient' }] : [];
  });
}

/** What the audit trail keeps of a movement: the movement itself, without the index fields. */
function snapshot({ id: _id, productIds: _p, refKey: _r, ...fields }: StoredMovement): Record<string, unknown> {
  return fields;
}

/**
 * Appends one movement to the ledger with its running balances, sellable and faulty (the same
 * transaction, so each stored balance always equals its ledger sum), raises or clears safety alerts
 * (IN-1, sellable stock only), and audits it. Refused: an invalid movement, a settled day (WH-1),
 * sellable stock below zero without an override, faulty stock below zero.
 */
export async function postMovement(db: AppDB, actor: Actor, m: Movement, options: PostOptions): Promise<StoredMovement> {
  assertValid(validateMovement(m));
  await assertDayOpen(db, m.day);
  const productIds = movementProductIds(m);
  const rows = await db.stockBalances.bulkGet(productIds);
  const before = new Map(productIds.map((id, i) => [id, rows[i]?.onHand ?? 0]));
  const faultyBefore = new Map(productIds.map((id, i) => [id, rows[i]?.faulty ?? 0]));
  const products = await db.products.bulkGet(productIds);
  const unknown = m.lines.findIndex((l) => products[productIds.indexOf(l.productId)] === undefined);
  if (unknown >= 0) throw new ValidationError([{ path: `lines.${unknown}.productId`, message: 'stock.out.unknownProduct' }]);
  assertValid([...shortageIssues(m, before, options), ...faultyShortageIssues(m, faultyBefore)]);
  const refKey = refKeyOf(m.ref);
  const row = { ...m, productIds, ...(refKey !== undefined ? { refKey } : {}) };
  const id = addedKey(await db.movements.add(row));
  const stored: StoredMovement = { ...row, id };
  const deltas = movementDeltas(m);
  const faultyDeltas = movementDeltas(m, 'faulty');
  const after = productIds.map((productId): StockBalance => {
    const faulty = (faultyBefore.get(productId) ?? 0) + (faultyDeltas.get(productId) ?? 0);
    const onHand = (before.get(productId) ?? 0) + (deltas.get(productId) ?? 0);
    return { productId, onHand, ...(faulty !== 0 || faultyDeltas.has(productId) ? { faulty } : {}) };
  });
  await db.stockBalances.bulkPut(after);
  for (const [i, b] of after.entries()) {
    const p = products[i];
    if (p) await syncSafetyAlert(db, p, b.onHand, m.at, m.docNo);
  }
  await auditChange(db, actor, { action: 'create', table: 'movements', recordId: id, after: snapshot(stored), at: m.at });
  return stored;
}
