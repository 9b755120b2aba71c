import { assertValid, type Issue } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { normalizePhone } from '@shared/domain/customer';
import { recordCount } from '@shared/slips/double-count';
import { flowIssues } from '@shared/slips/flow-guards';
import { handOverDoc, postDoc, recordPhoneConfirmation, recordWaybill, startPicking } from '@shared/slips/ship-flow';
import { normalizeTrackingNo, trackingWarnings as trackingRules } from '@shared/shipping/carriers';
import { exchangeShipDoc, exchangeShippingOf, type FlowDoc, type ShipDoc } from '@shared/shipping/ship-doc';
import { shipmentFromDoc } from '@shared/shipping/shipment';
import { slipGoods } from '@shared/shipping/shipment-log';
import {
  doubtfulOrder,
  listMatchesSlip,
  recipientFromCustomer,
  shippingListLines,
  validateShippingList,
  type DoubtReason,
  type Recipient,
  type ShippingList,
} from '@shared/shipping/shipping-list';
import { courierOutboundMovement, type Exchange } from '@shared/stock/exchange';
import type { MovementLine } from '@shared/stock/ledger';
import { expandSets } from '@shared/stock/outbound';
import { auditChange } from './audit-repo';
import { createCallLog } from './call-logs-repo';
import { listCarriers } from './carriers-repo';
import { addedKey, type AppDB } from './db';
import type { StaffConfirmation } from './receiving-repo';
import type { SavedShipment } from './shipments-repo';
import { counterIssues, type PickRow, type SavedShippingList, type ShippingListInput, type StepCall } from './shipping-repo';
import { refuse, slipProducts, slipTables, unwrap } from './slip-store';
import { postMovement } from './stock-ledger';
import type { StoredMovement } from './stock-rows';

/**
 * EXC-2 by courier: the replacement of an exchange whose 换出方式 is 快递发货 goes through the same
 * shipping steps as a shipping slip — the shipping detail list (OUT-2, SHP-1), picking, the two-person
 * count (OUT-4), the waybill (SHP-2) and posting, which writes the outbound movement and the shipment
 * (SHP-3; followed by SHP-4/SHP-5 like any other). Each step runs the shared flow function on the
 * exchange seen as a ShipDoc and stores the flow state back on `exchange.shipping`, audited, in one
 * transaction.
 */

export type SavedExchange = Exchange & { id: number };

interface Loaded {
  ex: SavedExchange;
  doc: ShipDoc;
}

async function loadCourierExchange(db: AppDB, id: number): Promise<Loaded> {
  const row = await db.exchanges.get(id);
  if (row?.id === undefined) return refuse('id', 'slipRecord.error.exchangeNotFound');
  const ex = { ...row, id: row.id };
  const doc = exchangeShipDoc(ex);
  return doc ? { ex, doc } : refuse('delivery', 'slipRecord.error.notCourierExchange');
}

function snapshot({ id: _id, ...fields }: Exchange): Record<string, unknown> {
  return fields;
}

async function writeFlow(db: AppDB, actor: Actor, { ex }: Loaded, next: FlowDoc, at: number): Promise<SavedExchange> {
  const row: SavedExchange = { ...ex, shipping: exchangeShippingOf(next) };
  await db.exchanges.put(row);
  await auditChange(db, actor, { action: 'update', table: 'exchanges', recordId: ex.id, before: snapshot(ex), after: snapshot(row), at });
  return row;
}

const products = (db: AppDB, doc: ShipDoc) => slipProducts(db, doc);

/** The courier exchange as the shipping screens see it; undefined when it does not exist or is not sent by courier. */
export async function getExchangeShipDoc(db: AppDB, exchangeId: number): Promise<ShipDoc | undefined> {
  const row = await db.exchanges.get(exchangeId);
  return row?.id === undefined ? undefined : exchangeShipDoc({ ...row, id: row.id });
}

/** Courier exchanges whose parcel is not posted yet, oldest first (the 发货办理 list, beside the slips). */
export async function courierExchangesInProgress(db: AppDB): Promise<ShipDoc[]> {
  // Few exchanges a day, and the flow state is not indexed: reading the recent ones is cheap.
  const rows = await db.exchanges.filter((e) => e.shipping !== undefined && e.shipping.status !== 'posted').toArray();
  return rows.flatMap((e) => (e.id === undefined ? [] : [exchangeShipDoc({ ...e, id: e.id }) ?? []].flat())).sort((a, b) => a.createdAt - b.createdAt);
}

export async function getExchangeShippingList(db: AppDB, exchangeId: number): Promise<SavedShippingList | undefined> {
  const list = await db.shippingLists.where('exchangeId').equals(exchangeId).first();
  return list?.id === undefined ? undefined : { ...list, id: list.id };
}

async function customerOf(db: AppDB, doc: ShipDoc) {
  return (await db.customers.get(doc.customerId)) ?? refuse('customerId', 'customer.error.notFound');
}

/** The list's starting point: the saved one, else the replacement by category and the customer as recipient. */
export async function exchangeShippingListDraft(db: AppDB, exchangeId: number): Promise<ShippingListInput> {
  const saved = await getExchangeShippingList(db, exchangeId);
  if (saved) return { lines: saved.lines, recipient: saved.recipient };
  const { doc } = await loadCourierExchange(db, exchangeId);
  const [p, customer] = await Promise.all([products(db, doc), customerOf(db, doc)]);
  return { lines: shippingListLines(doc, p), recipient: recipientFromCustomer(customer) };
}

function cleanList(input: ShippingListInput): ShippingListInput {
  const r = input.recipient;
  return {
    lines: input.lines.map((l) => ({ category: l.category.trim(), qty: l.qty })),
    recipient: { name: r.name.trim(), phone: normalizePhone(r.phone), province: r.province.trim(), city: r.city.trim(), district: r.district.trim(), detail: r.detail.trim() },
  };
}

function listEditIssues(doc: ShipDoc): Issue[] {
  return doc.status === 'draft' ? [] : [{ path: 'status', message: 'slipRecord.error.listLocked' }];
}

/** OUT-2: fills the 发货明细表 of a courier exchange (recipient may differ); editable until handed over. */
export async function saveExchangeShippingList(db: AppDB, actor: Actor, exchangeId: number, input: ShippingListInput, now = Date.now()): Promise<SavedShippingList> {
  assertCan(actor.roles, 'slip.create');
  const fields = cleanList(input);
  return db.transaction('rw', slipTables(db), async () => {
    const { doc } = await loadCourierExchange(db, exchangeId);
    assertValid(listEditIssues(doc));
    assertValid([...validateShippingList({ exchangeId, ...fields }), ...listMatchesSlip(fields, doc, await products(db, doc))]);
    const old = await getExchangeShippingList(db, exchangeId);
    const row: ShippingList = { exchangeId, ...fields, createdAt: old?.createdAt ?? now, updatedAt: now, ...(old ? { id: old.id } : {}) };
    const id = addedKey(await db.shippingLists.put(row));
    await auditChange(db, actor, { action: old ? 'update' : 'create', table: 'shippingLists', recordId: id, before: old ? { ...old } : {}, after: { ...row, id }, at: now });
    return { ...row, id };
  });
}

async function previousSlips(db: AppDB, doc: ShipDoc): Promise<number> {
  return db.purchaseSlips.where('customerId').equals(doc.customerId).filter((s) => s.createdAt < doc.createdAt && !s.voided).count();
}

/** SHP-1: why this parcel should be confirmed by phone (recipient default: the saved list's). */
export async function exchangeDoubts(db: AppDB, exchangeId: number, recipient?: Recipient): Promise<DoubtReason[]> {
  const { doc } = await loadCourierExchange(db, exchangeId);
  const r = recipient ?? (await getExchangeShippingList(db, exchangeId))?.recipient;
  if (!r) return [];
  return doubtfulOrder(doc, await customerOf(db, doc), r, { previousSlips: await previousSlips(db, doc) });
}

/** SHP-1: the confirmation call (a call log of the customer, its id kept on the exchange) and the contact check. */
export async function confirmExchangeByPhone(
  db: AppDB, actor: Actor, exchangeId: number, call: StepCall, contactChecked: boolean, now = Date.now(),
): Promise<{ exchange: SavedExchange; callLogId: number }> {
  assertCan(actor.roles, 'slip.create');
  return db.transaction('rw', slipTables(db), async () => {
    const loaded = await loadCourierExchange(db, exchangeId);
    unwrap(recordPhoneConfirmation(loaded.doc, { staffId: actor.staffId, name: actor.name, at: now, callLogId: 1, contactChecked }));
    const callLogId = await createCallLog(db, actor, { ...call, customerId: loaded.doc.customerId });
    const next = unwrap(recordPhoneConfirmation(loaded.doc, { staffId: actor.staffId, name: actor.name, at: now, callLogId, contactChecked }));
    return { exchange: await writeFlow(db, actor, loaded, next, now), callLogId };
  });
}

/** OUT-2 (+ SHP-1): the exchange's list goes to the warehouse; a doubtful parcel waits for its call. */
export async function handOverExchangeList(db: AppDB, actor: Actor, exchangeId: number, now = Date.now()): Promise<SavedExchange> {
  assertCan(actor.roles, 'slip.create');
  return db.transaction('rw', slipTables(db), async () => {
    const loaded = await loadCourierExchange(db, exchangeId);
    const { doc } = loaded;
    assertValid(flowIssues(doc, 'ship', 'draft', 'slip.ship.alreadyListed'));
    const list = (await getExchangeShippingList(db, exchangeId)) ?? refuse('shippingList', 'slipRecord.error.listNotFound');
    const step = handOverDoc(doc, {
      products: await products(db, doc), balances: new Map(), customer: await customerOf(db, doc), list,
      doubt: { previousSlips: await previousSlips(db, doc) }, at: now,
      // The exchange's own rules were checked when it was recorded; what it ships is its replacement.
      docIssues: [], listIsOwn: list.exchangeId === exchangeId,
    });
    return writeFlow(db, actor, loaded, unwrap(step), now);
  });
}

/** The picking list (配货单): the replacement, a set opened into its contents. */
export async function exchangePickingList(db: AppDB, exchangeId: number): Promise<PickRow[]> {
  const { doc } = await loadCourierExchange(db, exchangeId);
  const p = await products(db, doc);
  return expandSets([...doc.lines], p).map((l) => {
    const product = p.get(l.productId);
    return { ...l, ...(product ? { product } : {}) };
  });
}

export async function startExchangePicking(db: AppDB, actor: Actor, exchangeId: number, now = Date.now()): Promise<SavedExchange> {
  assertCan(actor.roles, 'shipment.pack');
  return db.transaction('rw', slipTables(db), async () => {
    const loaded = await loadCourierExchange(db, exchangeId);
    return writeFlow(db, actor, loaded, unwrap(startPicking(loaded.doc, now)), now);
  });
}

/** OUT-4: one person's count of the picked replacement (same rules as a slip's: two people, matching). */
export async function recordExchangeCount(
  db: AppDB, actor: Actor, exchangeId: number, counter: StaffConfirmation, lines: MovementLine[], now = Date.now(),
): Promise<SavedExchange> {
  assertCan(actor.roles, 'shipment.pack');
  return db.transaction('rw', slipTables(db), async () => {
    assertValid(await counterIssues(db, counter, now));
    const loaded = await loadCourierExchange(db, exchangeId);
    const count = { staffId: counter.staffId, name: counter.name, at: counter.at, lines: lines.map((l) => ({ productId: l.productId, qty: l.qty })) };
    return writeFlow(db, actor, loaded, unwrap(recordCount(loaded.doc, await products(db, loaded.doc), count)), now);
  });
}

/** The waybill print was accepted: the exchange keeps when its waybill was first printed. */
export async function markExchangeWaybillPrinted(db: AppDB, actor: Actor, exchangeId: number, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'shipment.waybill');
  await db.transaction('rw', slipTables(db), async () => {
    const loaded = await loadCourierExchange(db, exchangeId);
    if (loaded.doc.waybillPrintedAt === undefined && loaded.doc.waybill === undefined) await writeFlow(db, actor, loaded, { ...loaded.doc, waybillPrintedAt: now, updatedAt: now }, now);
  });
}

/** Numbers already on a slip's waybill or on another parcel's shipment (a warning, never a refusal). */
async function numbersInUse(db: AppDB, trackingNo: string, exchangeId: number): Promise<string[]> {
  const [slips, shipments] = await Promise.all([
    db.purchaseSlips.where('waybill.trackingNo').equals(trackingNo).toArray(),
    db.shipments.where('trackingNo').equals(trackingNo).toArray(),
  ]);
  return [...slips.filter((s) => !s.voided).map((s) => s.waybill?.trackingNo ?? ''), ...shipments.filter((s) => s.exchangeId !== exchangeId && !s.voided).map((s) => s.trackingNo)];
}

export async function exchangeTrackingWarnings(db: AppDB, carrier: string, trackingNo: string, exchangeId: number): Promise<Issue[]> {
  const no = normalizeTrackingNo(trackingNo);
  if (no === '') return [];
  return trackingRules(carrier, no, await numbersInUse(db, no, exchangeId));
}

/** SHP-2: the waybill of the double-counted replacement: a listed carrier, the number, the third copy filed. */
export async function recordExchangeWaybill(
  db: AppDB, actor: Actor, exchangeId: number, w: { carrier: string; trackingNo: string; printedAt?: number; thirdCopyFiled: boolean }, now = Date.now(),
): Promise<{ exchange: SavedExchange; warnings: Issue[] }> {
  assertCan(actor.roles, 'shipment.waybill');
  return db.transaction('rw', slipTables(db), async () => {
    const loaded = await loadCourierExchange(db, exchangeId);
    const trackingNo = normalizeTrackingNo(w.trackingNo);
    const printedAt = w.printedAt ?? loaded.doc.waybillPrintedAt ?? Number.NaN;
    const next = unwrap(recordWaybill(loaded.doc, { carrier: w.carrier.trim(), trackingNo, printedAt, thirdCopyFiled: w.thirdCopyFiled }));
    const carriers = await listCarriers(db, { activeOnly: true });
    if (!carriers.some((c) => c.code === next.waybill?.carrier)) refuse('waybill.carrier', 'slipRecord.error.unknownCarrier');
    const warnings = trackingRules(w.carrier.trim(), trackingNo, await numbersInUse(db, trackingNo, exchangeId));
    return { exchange: await writeFlow(db, actor, loaded, next, now), warnings };
  });
}

/**
 * The replacement leaves (发货过账): OUT-4 re-checked; the exchange, its outbound movement (the
 * exchange's CK… / HH… number, dated now: the settlement counts it on the day it left), the shipment
 * (已发货, the day's log entry with recipient and goods) and the audit entries in ONE transaction.
 * The shelf must still cover the replacement (the movement refuses a shortage).
 */
export async function postExchangeShipment(
  db: AppDB, actor: Actor, exchangeId: number, now = Date.now(),
): Promise<{ exchange: SavedExchange; shipment: SavedShipment; movement: StoredMovement }> {
  assertCan(actor.roles, 'outbound.release');
  return db.transaction('rw', slipTables(db), async () => {
    const loaded = await loadCourierExchange(db, exchangeId);
    const p = await products(db, loaded.doc);
    const next = unwrap(postDoc(loaded.doc, p, [], actor, now));
    const exchange = await writeFlow(db, actor, loaded, next, now);
    const released = next.released ?? refuse('released', 'slip.error.badTime');
    const movement = await postMovement(db, actor, courierOutboundMovement(exchange, released), { allowNegative: false, shortagePath: () => 'replacement.qty' });
    const list = await getExchangeShippingList(db, exchangeId);
    const registered = list ? { recipient: list.recipient, goods: slipGoods(next, p) } : undefined;
    const row = unwrap(shipmentFromDoc({ ...next, source: loaded.doc.source, no: loaded.doc.no, customerId: loaded.doc.customerId }, registered));
    const id = addedKey(await db.shipments.add(row));
    await auditChange(db, actor, { action: 'create', table: 'shipments', recordId: id, after: { ...row }, at: now });
    return { exchange, shipment: { ...row, id }, movement };
  });
}

