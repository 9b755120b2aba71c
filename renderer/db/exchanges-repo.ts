import Dexie from 'dexie';
import { assertValid, ValidationError, type Issue } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import {
  checkExchange,
  exchangeDocPrefixes,
  exchangeMovements,
  returnedLocation,
  awaitsShipment,
  type Exchange,
  type ExchangeKind,
  type Inspection,
} from '@shared/stock/exchange';
import type { MovementLine } from '@shared/stock/ledger';
import { newShipFlow } from '@shared/shipping/ship-doc';
import { checkOutbound, type DeliveryMode } from '@shared/stock/outbound';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { productMap } from './products-repo';
import { checkApproval } from './sign-in';
import { checkOverride, postMovement, stockTables, takeDocNo } from './stock-ledger';
import type { StoredMovement } from './stock-rows';

type Saved<T> = T & { id: number };

export interface ExchangeInput {
  kind: ExchangeKind;
  customerId?: number;
  slipId?: number;
  returned: MovementLine;
  replacement: MovementLine;
  inspection: Inspection;
  reason?: string;
  day?: string;
  /** How the replacement leaves: default collected at the warehouse. */
  delivery?: DeliveryMode;
  /** OUT-7: the leader's sign-off when the replacement is a special product. */
  approval?: Approval;
  allowNegativeWith?: Approval;
}

export interface PostedExchange {
  exchange: Saved<Exchange>;
  inbound: StoredMovement;
  /** Absent for a replacement sent by courier: it leaves when its parcel is posted (exchange-shipping.ts). */
  outbound?: StoredMovement;
}

function snapshot({ id: _id, ...fields }: Exchange): Record<string, unknown> {
  return fields;
}

/** The replacement is an outbound line like any other: stock cover, OUT-5, OUT-7 (paths moved to 'replacement.*'). */
async function replacementIssues(db: AppDB, input: ExchangeInput, products: Awaited<ReturnType<typeof productMap>>): Promise<Issue[]> {
  const balance = (await db.stockBalances.get(input.replacement.productId))?.onHand ?? 0;
  // Same product that passed inspection: the returned unit is back on the shelf before the replacement
  // leaves. With a quality problem it goes to faulty stock and covers nothing.
  const restocked = input.kind === 'same' && returnedLocation(input.inspection) === 'sellable';
  const available = balance + (restocked ? input.returned.qty : 0);
  const issues = checkOutbound({
    lines: [input.replacement],
    products,
    balances: new Map([[input.replacement.productId, available]]),
    orderType: 'normal',
    delivery: input.delivery ?? 'pickup',
    ...(input.approval ? { approval: input.approval } : {}),
    ...(input.allowNegativeWith ? { allowNegativeWith: input.allowNegativeWith } : {}),
  });
  return issues.map((i) => ({ ...i, path: i.path.replace(/^lines\.0\./, 'replacement.') }));
}

/**
 * Records an exchange (换货) and posts its two movements in one transaction: EXC-1 same product —
 * the inspection is recorded and the returned item restocked, one HH… number for both sides;
 * EXC-2 different product — an inbound slip (RK…) and an outbound slip (CK…) linked to the record.
 * A returned item with a quality problem goes to faulty stock (不良品), not back on the shelf.
 * OUT-6: a test chamber without a quality problem is refused (shared checkExchange).
 */
export async function postExchange(db: AppDB, actor: Actor, input: ExchangeInput, now = Date.now()): Promise<PostedExchange> {
  assertCan(actor.roles, 'stock.receive');
  assertCan(actor.roles, 'outbound.release');
  const day = input.day ?? toIsoDate(now);
  const prefixes = exchangeDocPrefixes(input.kind);
  return db.transaction('rw', [...stockTables(db), db.exchanges, db.customers], async () => {
    if (input.customerId !== undefined && !(await db.customers.get(input.customerId))) {
      throw new ValidationError([{ path: 'customerId', message: 'customer.error.notFound' }]);
    }
    if (input.approval) await checkApproval(db, input.approval, now);
    const allowNegative = await checkOverride(db, input.allowNegativeWith, now);
    const products = await productMap(db);
    const inDocNo = await takeDocNo(db, prefixes.in, day);
    const outDocNo = input.kind === 'same' ? inDocNo : await takeDocNo(db, prefixes.out, day);
    const row: Exchange = {
      kind: input.kind, at: now, day, handlerId: actor.staffId, handlerName: actor.name,
      returned: { ...input.returned }, replacement: { ...input.replacement },
      inspection: { result: input.inspection.result, note: input.inspection.note.trim() },
      inDocNo, outDocNo, delivery: input.delivery ?? 'pickup',
      ...(input.customerId !== undefined ? { customerId: input.customerId } : {}),
      ...(input.slipId !== undefined ? { slipId: input.slipId } : {}),
      ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
      // EXC-2 by courier: the replacement goes through the shipping steps (OUT-2, OUT-4, SHP-2..5).
      ...(input.delivery === 'ship' ? { shipping: { ...newShipFlow(), updatedAt: now } } : {}),
    };
    const issues = [...checkExchange(row, products), ...(await replacementIssues(db, input, products))];
    // The shipping list's recipient comes from the customer record.
    if (input.delivery === 'ship' && input.customerId === undefined) issues.push({ path: 'customerId', message: 'stock.exchange.courierNeedsCustomer' });
    assertValid(issues.filter((x, i) => issues.findIndex((y) => y.path === x.path && y.message === x.message) === i));
    const id = addedKey(await db.exchanges.add(row));
    await auditChange(db, actor, { action: 'create', table: 'exchanges', recordId: id, after: snapshot(row), at: now });
    const exchange = { ...row, id };
    const { inbound, outbound } = exchangeMovements(exchange, products);
    const postedIn = await postMovement(db, actor, inbound, { allowNegative: false });
    // A courier replacement stays on the shelf until its parcel is posted as shipped, like a shipping
    // slip's goods: the stock check above still refuses an exchange the shelf cannot cover now.
    if (awaitsShipment(exchange)) return { exchange, inbound: postedIn };
    const postedOut = await postMovement(db, actor, outbound, { allowNegative, shortagePath: () => 'replacement.qty' });
    return { exchange, inbound: postedIn, outbound: postedOut };
  });
}

/** Exchanges, newest first: one customer's, or a range of days. */
export async function listExchanges(db: AppDB, filter: { customerId?: number; fromDay?: string; toDay?: string } = {}): Promise<Saved<Exchange>[]> {
  const inRange = (e: Exchange) => (filter.fromDay === undefined || e.day >= filter.fromDay) && (filter.toDay === undefined || e.day <= filter.toDay);
  const rows =
    filter.customerId !== undefined
      ? await db.exchanges.where('customerId').equals(filter.customerId).filter(inRange).toArray()
      : await db.exchanges.where('day').between(filter.fromDay ?? Dexie.minKey, filter.toDay ?? Dexie.maxKey, true, true).toArray();
  return rows.flatMap((e) => (e.id === undefined ? [] : [{ ...e, id: e.id }])).sort((a, b) => b.at - a.at || b.id - a.id);
}
