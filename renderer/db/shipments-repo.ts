import Dexie from 'dexie';
import type { CallLog } from '@shared/domain/call-log';
import type { Lang } from '@shared/i18n';
import { shipmentSheet } from '@shared/export/shipment-rows';
import type { SheetSpec } from '@shared/export/sheet-spec';
import { callbackQueue as callbackRule, chaseCutoff, chaseQueue as chaseRule } from '@shared/shipping/follow-up';
import { shipmentLogRows, type ShipmentLogRow } from '@shared/shipping/shipment-log';
import type { Shipment, ShipmentStatus } from '@shared/shipping/shipment';
import { listsBySlip, type Recipient, type ShippingList } from '@shared/shipping/shipping-list';
import type { AppDB } from './db';
import { listCarriers } from './carriers-repo';
import { getProductsByIds } from './products-repo';
import { withSlipId } from './slip-store';

export {
  linkShipmentOutstandingIssue,
  markShipmentException,
  markShipmentInTransit,
  markShipmentSigned,
  recordShipmentCallback,
  recordShipmentChase,
  type CallbackInput,
  type ChaseInput,
} from './shipment-steps';

/** The shipment log (发货登记, SHP-3) and the follow-up queues (SHP-4 待催查, SHP-5 待回访). */

export type SavedShipment = Shipment & { id: number };

export interface ShipmentView {
  shipment: SavedShipment;
  /** From the shipping list: who receives it (may differ from the customer). */
  recipient?: Recipient;
  slipNo: string;
}

const saved = (rows: Shipment[]): SavedShipment[] => rows.flatMap((s) => (s.id === undefined ? [] : [{ ...s, id: s.id }]));

const one = (s: Shipment | undefined): SavedShipment | undefined => (s?.id === undefined ? undefined : { ...s, id: s.id });

export async function getShipment(db: AppDB, id: number): Promise<SavedShipment | undefined> {
  return one(await db.shipments.get(id));
}

export async function shipmentForSlip(db: AppDB, slipId: number): Promise<SavedShipment | undefined> {
  return one(await db.shipments.where('slipId').equals(slipId).first());
}

/** EXC-2: the parcel of a courier exchange, once posted. */
export async function shipmentForExchange(db: AppDB, exchangeId: number): Promise<SavedShipment | undefined> {
  return one(await db.shipments.where('exchangeId').equals(exchangeId).first());
}

/** The lists (by slip id) of shipments that did not register their recipient at dispatch (older rows). */
async function listsFor(db: AppDB, shipments: readonly Shipment[]): Promise<Map<number, ShippingList>> {
  const slipIds = shipments.flatMap((s) => (s.recipient === undefined && s.slipId !== undefined ? [s.slipId] : []));
  if (slipIds.length === 0) return new Map();
  return listsBySlip(await db.shippingLists.where('slipId').anyOf(slipIds).toArray());
}

async function views(db: AppDB, shipments: readonly SavedShipment[]): Promise<ShipmentView[]> {
  const lists = await listsFor(db, shipments);
  return shipments.map((shipment) => {
    const recipient = shipment.recipient ?? (shipment.slipId !== undefined ? lists.get(shipment.slipId)?.recipient : undefined);
    return { shipment, slipNo: shipment.slipNo, ...(recipient ? { recipient } : {}) };
  });
}

/** The slips and their products, for shipments that did not register their goods at dispatch. */
async function goodsSources(db: AppDB, shipments: readonly Shipment[]) {
  const slipIds = shipments.flatMap((s) => (s.goods === undefined && s.slipId !== undefined ? [s.slipId] : []));
  const slips = new Map((await db.purchaseSlips.bulkGet(slipIds)).flatMap((s) => withSlipId(s) ?? []).map((s) => [s.id, s]));
  const products = await getProductsByIds(db, [...slips.values()].flatMap((s) => s.lines.map((l) => l.productId)));
  return { slips, products };
}

/**
 * SHP-3: the day's shipment log rows (name, phone, address, tracking number, goods as registered at
 * dispatch), in dispatch order, with the carrier's name: one index lookup on `day`.
 */
export async function shipmentLog(db: AppDB, day: string): Promise<ShipmentLogRow[]> {
  const shipments = await db.shipments.where('day').equals(day).toArray();
  const [{ slips, products }, lists, carriers] = await Promise.all([goodsSources(db, shipments), listsFor(db, shipments), listCarriers(db)]);
  const names = new Map(carriers.map((c) => [c.code, c.name]));
  return shipmentLogRows(shipments, slips, lists, products, day).map((r) => ({ ...r, carrier: names.get(r.carrier) ?? r.carrier }));
}

/** SHP-3 for Excel: the log sheet (shared shipmentSheet). */
export async function shipmentLogSheet(db: AppDB, day: string, lang: Lang): Promise<SheetSpec> {
  return shipmentSheet(await shipmentLog(db, day), lang);
}

const chaseStatuses: readonly ShipmentStatus[] = ['shipped', 'inTransit', 'chasing', 'exception'];

/**
 * SHP-4 待催查: undelivered shipments from local 00:00 of the third day after dispatch, not already
 * chased today, the longest on the road first. Index ranges on [status+shippedAt] below the cutoff,
 * so the settled past (已签收/已回访) is never read.
 */
export async function chaseQueue(db: AppDB, now = Date.now()): Promise<ShipmentView[]> {
  const cutoff = chaseCutoff(now);
  const ranges = await Promise.all(
    chaseStatuses.map((st) => db.shipments.where('[status+shippedAt]').between([st, Dexie.minKey], [st, cutoff], true, false).toArray()),
  );
  return views(db, saved(chaseRule(ranges.flat(), now)));
}

/** SHP-5 待回访: signed-for shipments, the earliest signed first (the [status+signedAt] index order). */
export async function callbackQueue(db: AppDB): Promise<ShipmentView[]> {
  const rows = await db.shipments.where('[status+signedAt]').between(['signed', Dexie.minKey], ['signed', Dexie.maxKey]).toArray();
  return views(db, saved(callbackRule(rows)));
}

/** The chase and callback calls of a shipment (call logs linked to it), oldest first. */
export async function shipmentCalls(db: AppDB, shipmentId: number): Promise<CallLog[]> {
  const s = await db.shipments.get(shipmentId);
  if (!s) return [];
  const ids = [...s.chases.flatMap((c) => c.callLogIds), ...s.callbacks.flatMap((c) => (c.callLogId !== undefined ? [c.callLogId] : []))];
  const calls = await db.callLogs.bulkGet(ids);
  return calls.flatMap((c) => c ?? []).sort((a, b) => a.at - b.at);
}

/** SHP-5 problems waiting for their outstanding-issue record (issue 7 opens it and links it). */
export async function shipmentsNeedingOutstandingIssue(db: AppDB): Promise<SavedShipment[]> {
  // schema-v7.ts: the index holds exactly these (callback problems not yet recorded), not every exception.
  const rows = await db.shipments.where('issuePending').equals(1).toArray();
  return saved(rows).sort((a, b) => a.updatedAt - b.updatedAt);
}

export function customerShipments(db: AppDB, customerId: number): Promise<SavedShipment[]> {
  return db.shipments.where('customerId').equals(customerId).toArray().then(saved);
}
