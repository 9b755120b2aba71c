import Dexie from 'dexie';
import { assertValid, type Issue } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { stockDocPrefixes } from '@shared/stock/doc-no';
import { movementStamp, type MovementRef } from '@shared/stock/ledger';
import {
  checkOutbound as checkOutboundRules,
  outboundMovement,
  type DeliveryMode,
  type OrderType,
  type OutboundLine,
} from '@shared/stock/outbound';
import { isBelowSafety, reorderList, type ReorderRow } from '@shared/stock/safety';
import type { AppDB } from './db';
import { productMap } from './products-repo';
import { checkApproval } from './sign-in';
import { checkOverride, postMovement, stockTables, takeDocNo } from './stock-ledger';
import { refKeyOf, type StockAlert, type StoredMovement, type StoredProduct } from './stock-rows';

export type { DayState, StockAlert, StoredMovement, StoredProduct } from './stock-rows';

/** Stock on hand of one product: one read of its running balance (kept equal to the ledger sum). */
export async function stockOnHand(db: AppDB, productId: number): Promise<number> {
  return (await db.stockBalances.get(productId))?.onHand ?? 0;
}

/** Sellable stock of every product that ever moved (others have 0). */
export async function stockBalances(db: AppDB): Promise<Map<number, number>> {
  const rows = await db.stockBalances.toArray();
  return new Map(rows.map((r) => [r.productId, r.onHand]));
}

/** Faulty stock (不良品) of every product that has or had some; never sold, never counted as stock on hand. */
export async function faultyBalances(db: AppDB): Promise<Map<number, number>> {
  const rows = await db.stockBalances.toArray();
  return new Map(rows.flatMap((r) => (r.faulty === undefined ? [] : [[r.productId, r.faulty] as const])));
}

/** One product's faulty stock. */
export async function faultyOnHand(db: AppDB, productId: number): Promise<number> {
  return (await db.stockBalances.get(productId))?.faulty ?? 0;
}

export interface StockLevel {
  product: StoredProduct;
  /** Sellable stock. */
  onHand: number;
  /** Faulty stock (不良品), kept beside it and never sold. */
  faulty: number;
  /** At or below the safety level (IN-1), from sellable stock only. */
  low: boolean;
}

/** The stock report: every product with its sellable and faulty stock, by code. */
export async function listStockLevels(db: AppDB, opts: { activeOnly?: boolean } = {}): Promise<StockLevel[]> {
  const [products, rows] = await Promise.all([db.products.orderBy('code').toArray(), db.stockBalances.toArray()]);
  const byId = new Map(rows.map((r) => [r.productId, r]));
  return products
    .filter((p) => !opts.activeOnly || p.active)
    .map((product) => {
      const row = byId.get(product.id);
      const onHand = row?.onHand ?? 0;
      return { product, onHand, faulty: row?.faulty ?? 0, low: isBelowSafety(product, onHand) };
    });
}

export interface MovementFilter {
  productId?: number;
  day?: string;
  fromDay?: string;
  toDay?: string;
  customerId?: number;
}

function inDays(m: StoredMovement, f: MovementFilter): boolean {
  return (f.day === undefined || m.day === f.day) && (f.fromDay === undefined || m.day >= f.fromDay) && (f.toDay === undefined || m.day <= f.toDay);
}

/** Movements, newest first: one product's card (by its index), a customer's, or a range of days. */
export async function listMovements(db: AppDB, filter: MovementFilter = {}, limit = 500): Promise<StoredMovement[]> {
  const keep = (m: StoredMovement) => inDays(m, filter) && (filter.customerId === undefined || m.customerId === filter.customerId);
  let rows: StoredMovement[];
  if (filter.productId !== undefined) rows = await db.movements.where('productIds').equals(filter.productId).filter(keep).toArray();
  else if (filter.customerId !== undefined) rows = await db.movements.where('customerId').equals(filter.customerId).filter(keep).toArray();
  else {
    const from = filter.day ?? filter.fromDay ?? Dexie.minKey;
    const to = filter.day ?? filter.toDay ?? Dexie.maxKey;
    rows = await db.movements.where('day').between(from, to, true, true).toArray();
  }
  return rows.sort((a, b) => b.at - a.at || b.id - a.id).slice(0, limit);
}

/** The movements that carry out one record (a receipt, an exchange's two slips, a purchase slip …). */
export function movementsForRef(db: AppDB, ref: MovementRef): Promise<StoredMovement[]> {
  return db.movements.where('refKey').equals(refKeyOf(ref) ?? '').sortBy('id');
}

export interface OutboundRequest {
  lines: OutboundLine[];
  orderType: OrderType;
  delivery: DeliveryMode;
  /** OUT-7: the leader's sign-off for a special product. */
  approval?: Approval;
  /** An explicit supervisor override letting stock go below zero. */
  allowNegativeWith?: Approval;
}

async function outboundIssues(db: AppDB, req: OutboundRequest): Promise<Issue[]> {
  const ids = req.lines.map((l) => l.productId);
  const [products, rows] = await Promise.all([productMap(db), db.stockBalances.bulkGet(ids)]);
  const balances = new Map(ids.map((id, i) => [id, rows[i]?.onHand ?? 0]));
  return checkOutboundRules({ ...req, products, balances });
}

/** Every refusal an outbound order meets now (stock cover, OUT-3, OUT-5, OUT-7), for the form. */
export function checkOutbound(db: AppDB, req: OutboundRequest): Promise<Issue[]> {
  return outboundIssues(db, req);
}

export type PostOutboundRequest = OutboundRequest & { ref: MovementRef; customerId?: number; day?: string; note?: string };

/**
 * Issues goods (出库, CK…) for a record of a later issue (a purchase slip). The checks run again in
 * the writing transaction; approvals are re-checked (active supervisor, fresh). Refused: any
 * checkOutbound issue, a settled day (WH-1), stock below zero without the override.
 */
export async function postOutbound(db: AppDB, actor: Actor, req: PostOutboundRequest, now = Date.now()): Promise<StoredMovement> {
  assertCan(actor.roles, 'outbound.release');
  const day = req.day ?? toIsoDate(now);
  return db.transaction('rw', stockTables(db), async () => {
    if (req.approval) await checkApproval(db, req.approval, now);
    const allowNegative = await checkOverride(db, req.allowNegativeWith, now);
    assertValid(await outboundIssues(db, req));
    const docNo = await takeDocNo(db, stockDocPrefixes.outbound, day);
    const m = outboundMovement(req.lines, movementStamp(actor, docNo, now, day), req.ref, req.customerId);
    return postMovement(db, actor, req.note ? { ...m, note: req.note } : m, { allowNegative });
  });
}

/** IN-1: the reorder list now (products at or below their safety level), by code; its length is the banner's count. */
export async function lowStock(db: AppDB): Promise<ReorderRow[]> {
  const [products, balances] = await Promise.all([db.products.toArray(), stockBalances(db)]);
  return reorderList(products, balances);
}

/** IN-1: alerts raised and not yet cleared, newest first. */
export async function openStockAlerts(db: AppDB): Promise<StockAlert[]> {
  const all = await db.stockAlerts.orderBy('raisedAt').reverse().toArray();
  return all.filter((a) => a.clearedAt === undefined);
}

/** IN-1: alerts raised in [fromMs, toMsExclusive), oldest first (the Today board's "stock alerts over time"). */
export function stockAlertHistory(db: AppDB, fromMs: number, toMsExclusive: number): Promise<StockAlert[]> {
  if (!(fromMs < toMsExclusive)) return Promise.resolve([]);
  return db.stockAlerts.where('raisedAt').between(fromMs, toMsExclusive, true, false).toArray();
}
