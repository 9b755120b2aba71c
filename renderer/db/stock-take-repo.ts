import { assertValid, ValidationError, type Issue } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { stockDocPrefixes } from '@shared/stock/doc-no';
import { movementStamp } from '@shared/stock/ledger';
import { quantityIssue } from '@shared/stock/quantity';
import {
  adjustmentMovement,
  bookChanged,
  countSheetRows,
  isSignedList,
  varianceList,
  stockTakeLines,
  variances,
  type CountSheetRow,
  type StockTake,
  type StockTakeScope,
  type Variance,
  type VarianceList,
} from '@shared/stock/stock-take';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { checkApproval } from './sign-in';
import { postMovement, stockTables, takeDocNo } from './stock-ledger';
import type { StoredMovement } from './stock-rows';

type Saved<T> = T & { id: number };

function saved(t: StockTake | undefined): Saved<StockTake> | undefined {
  return t?.id === undefined ? undefined : { ...t, id: t.id };
}

async function mustGet(db: AppDB, id: number): Promise<Saved<StockTake>> {
  const take = saved(await db.stockTakes.get(id));
  if (!take) throw new ValidationError([{ path: 'id', message: 'stockRecord.error.notFound' }]);
  return take;
}

async function balancesOf(db: AppDB, productIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await db.stockBalances.bulkGet([...productIds]);
  return new Map(productIds.map((id, i) => [id, rows[i]?.onHand ?? 0]));
}

function snapshot({ id: _id, ...fields }: StockTake): Record<string, unknown> {
  return fields;
}

/**
 * WH-2: opens a count (盘点单, PD…) for all products, some products or some locations; the book
 * quantity of each is frozen now, so the variances are measured against the ledger at this moment.
 */
export async function createStockTake(
  db: AppDB,
  actor: Actor,
  input: { scope: StockTakeScope; blind: boolean; day?: string },
  now = Date.now(),
): Promise<number> {
  assertCan(actor.roles, 'stock.receive');
  const day = input.day ?? toIsoDate(now);
  return db.transaction('rw', [db.stockTakes, db.products, db.stockBalances, db.docCounters, db.auditLog], async () => {
    const products = await db.products.toArray();
    const balances = await balancesOf(db, products.map((p) => p.id));
    const lines = stockTakeLines(input.scope, products, balances);
    if (lines.length === 0) throw new ValidationError([{ path: 'scope', message: 'stock.error.noLines' }]);
    const docNo = await takeDocNo(db, stockDocPrefixes.stockTake, day);
    const row: StockTake = {
      docNo, day, createdAt: now, createdById: actor.staffId, createdByName: actor.name,
      scope: input.scope, blind: input.blind, lines, status: 'counting',
    };
    const id = addedKey(await db.stockTakes.add(row));
    await auditChange(db, actor, { action: 'create', table: 'stockTakes', recordId: id, after: snapshot(row), at: now });
    return id;
  });
}

export async function getStockTake(db: AppDB, id: number): Promise<Saved<StockTake> | undefined> {
  return saved(await db.stockTakes.get(id));
}

/** Every stock take, newest first. */
export async function listStockTakes(db: AppDB): Promise<Saved<StockTake>[]> {
  const rows = await db.stockTakes.toArray();
  return rows.flatMap((t) => saved(t) ?? []).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

/** WH-2: the rows of the printable/exportable count sheet; a blind sheet leaves out the book quantity. */
export async function countSheet(db: AppDB, id: number, blind?: boolean): Promise<CountSheetRow[]> {
  const take = await mustGet(db, id);
  const products = await db.products.bulkGet(take.lines.map((l) => l.productId));
  const byId = new Map(products.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return countSheetRows(take, byId, blind ?? take.blind);
}

export interface CountEntry {
  productId: number;
  countedQty: number;
  reason?: string;
}

function countIssues(take: StockTake, counts: readonly CountEntry[]): Issue[] {
  const inTake = new Set(take.lines.map((l) => l.productId));
  const issues: Issue[] = [];
  counts.forEach((c, i) => {
    if (!inTake.has(c.productId)) issues.push({ path: `counts.${i}.productId`, message: 'stockRecord.take.unknownProduct' });
    const bad = quantityIssue(c.countedQty, `counts.${i}.countedQty`, 'nonNegative');
    if (bad) issues.push(bad);
  });
  if (take.status === 'posted') issues.push({ path: 'status', message: 'stock.take.alreadyPosted' });
  return issues;
}

/** WH-2: records counted quantities (and variance reasons) for some or all lines; later entries replace earlier ones. */
export async function enterCounts(db: AppDB, actor: Actor, id: number, counts: readonly CountEntry[], now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'stock.receive');
  await db.transaction('rw', db.stockTakes, db.auditLog, async () => {
    const take = await mustGet(db, id);
    assertValid(countIssues(take, counts));
    const byProduct = new Map(counts.map((c) => [c.productId, c]));
    const lines = take.lines.map((l) => {
      const c = byProduct.get(l.productId);
      if (!c) return l;
      const reason = c.reason?.trim();
      const { reason: _old, ...rest } = l;
      return { ...rest, countedQty: c.countedQty, ...(reason ? { reason } : {}) };
    });
    await db.stockTakes.update(id, { lines });
    await auditChange(db, actor, { action: 'update', table: 'stockTakes', recordId: id, before: { lines: take.lines }, after: { lines }, at: now });
  });
}

/** WH-2: the list the supervisor signs (product, book, counted, difference, value, reason) of the take as saved. */
export async function varianceApprovalList(db: AppDB, id: number): Promise<VarianceList> {
  const take = await mustGet(db, id);
  const products = await db.products.bulkGet(take.lines.map((l) => l.productId));
  return varianceList(take, new Map(products.flatMap((p) => (p ? [[p.id, p] as const] : []))));
}

/** WH-2: the variances to approve, and the products that moved since the count began (recount those first). */
export async function stockTakeReview(db: AppDB, id: number): Promise<{ variances: Variance[]; bookChanged: number[] }> {
  const take = await mustGet(db, id);
  const balances = await balancesOf(db, take.lines.map((l) => l.productId));
  return { variances: variances(take), bookChanged: bookChanged(take, balances) };
}

/**
 * WH-2: with the supervisor's approval (re-checked), every line counted and every variance explained,
 * posts the variances as one 'adjust' movement (PD…, the take's own number) and marks the take
 * posted. `signed` is the list the supervisor signed (varianceList's lines): the approval covers it
 * exactly, so a count changed since is refused. Refused too while a counted product moved since the
 * count began. Undefined when nothing differed.
 */
export async function applyVariances(
  db: AppDB,
  actor: Actor,
  id: number,
  approval: Approval,
  signed: readonly Variance[],
  now = Date.now(),
): Promise<StoredMovement | undefined> {
  assertCan(actor.roles, 'stock.receive');
  return db.transaction('rw', [...stockTables(db), db.stockTakes], async () => {
    await checkApproval(db, approval, now);
    const take = await mustGet(db, id);
    if (take.status === 'posted') throw new ValidationError([{ path: 'status', message: 'stock.take.alreadyPosted' }]);
    const balances = await balancesOf(db, take.lines.map((l) => l.productId));
    const changed = bookChanged(take, balances);
    if (changed.length > 0) throw new ValidationError([{ path: 'lines', message: 'stock.take.bookChanged' }]);
    const m = adjustmentMovement(take, approval, movementStamp(actor, take.docNo, now, toIsoDate(now)));
    if (!isSignedList(signed, variances(take))) throw new ValidationError([{ path: 'approval', message: 'stock.take.listChanged' }]);
    const posted = m ? await postMovement(db, actor, m, { allowNegative: false }) : undefined;
    await db.stockTakes.update(id, { status: 'posted', approval, postedAt: now });
    await auditChange(db, actor, {
      action: 'update', table: 'stockTakes', recordId: id, before: { status: take.status }, after: { status: 'posted', approval, postedAt: now, signedVariances: [...signed] }, at: now,
    });
    return posted;
  });
}
