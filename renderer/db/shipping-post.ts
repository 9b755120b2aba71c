import type { Issue } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { postShipment, recordWaybill } from '@shared/slips/ship-flow';
import { normalizeTrackingNo, trackingWarnings as trackingRules } from '@shared/shipping/carriers';
import { shipmentFromSlip, type Shipment } from '@shared/shipping/shipment';
import { slipGoods } from '@shared/shipping/shipment-log';
import { auditChange } from './audit-repo';
import { listCarriers } from './carriers-repo';
import { addedKey, type AppDB } from './db';
import { postSlipMovement } from './slip-pickup';
import { loadSlip, refuse, slipContextFor, slipTables, unwrap, writeSlip, type SavedSlip } from './slip-store';
import type { StoredMovement } from './stock-rows';

/** The waybill (SHP-2) and the posting of a shipping slip: the last two steps of the shipping flow. */

export interface WaybillInput {
  /** A carrier code of the carrier list. */
  carrier: string;
  /** Typed or scanned; stored normalized (letters and digits, upper case). */
  trackingNo: string;
  /** Default: when the waybill print was accepted (markWaybillsPrinted). */
  printedAt?: number;
  thirdCopyFiled: boolean;
}

type SavedShipment = Shipment & { id: number };


/**
 * The waybill print was accepted (onPrinted, also for a batch of the day's waybills): each slip keeps
 * when its waybill was first printed, until its number is entered.
 */
export async function markWaybillsPrinted(db: AppDB, actor: Actor, slipIds: readonly number[], now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'shipment.waybill');
  await db.transaction('rw', slipTables(db), async () => {
    for (const id of new Set(slipIds)) {
      const slip = await loadSlip(db, id);
      if (slip.voided) refuse(`slips.${id}`, 'slip.error.voided');
      if (slip.delivery !== 'ship') refuse(`slips.${id}`, 'slip.flow.notShip');
      if (slip.waybillPrintedAt === undefined && slip.waybill === undefined) await writeSlip(db, actor, slip, { ...slip, waybillPrintedAt: now, updatedAt: now }, now);
    }
  });
}

/** Numbers already on another (unvoided) slip's waybill or shipment. */
async function numbersInUse(db: AppDB, trackingNo: string, exceptSlipId?: number): Promise<string[]> {
  const [slips, shipments] = await Promise.all([
    db.purchaseSlips.where('waybill.trackingNo').equals(trackingNo).toArray(),
    db.shipments.where('trackingNo').equals(trackingNo).toArray(),
  ]);
  return [
    ...slips.filter((s) => s.id !== exceptSlipId && !s.voided).map((s) => s.waybill?.trackingNo ?? ''),
    // An exchange's shipment (no slipId) is always another parcel.
    ...shipments.filter((s) => (s.slipId === undefined || s.slipId !== exceptSlipId) && !s.voided).map((s) => s.trackingNo),
  ];
}

/** The tracking-number field's warnings: the carrier's format, and a number already used. Never a refusal. */
export async function trackingWarnings(db: AppDB, carrier: string, trackingNo: string, exceptSlipId?: number): Promise<Issue[]> {
  const no = normalizeTrackingNo(trackingNo);
  if (no === '') return [];
  return trackingRules(carrier, no, await numbersInUse(db, no, exceptSlipId));
}

/**
 * SHP-2: the waybill of a double-counted slip: a carrier of the list, the printed waybill's number
 * (typed or scanned), the third copy filed. A number of an odd shape or already used is a warning.
 */
export async function recordSlipWaybill(db: AppDB, actor: Actor, slipId: number, w: WaybillInput, now = Date.now()): Promise<{ slip: SavedSlip; warnings: Issue[] }> {
  assertCan(actor.roles, 'shipment.waybill');
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, slipId);
    const trackingNo = normalizeTrackingNo(w.trackingNo);
    const printedAt = w.printedAt ?? slip.waybillPrintedAt ?? Number.NaN;
    const next = unwrap(recordWaybill(slip, { carrier: w.carrier.trim(), trackingNo, printedAt, thirdCopyFiled: w.thirdCopyFiled }));
    const carriers = await listCarriers(db, { activeOnly: true });
    if (!carriers.some((c) => c.code === next.waybill?.carrier)) refuse('waybill.carrier', 'slipRecord.error.unknownCarrier');
    const warnings = trackingRules(w.carrier.trim(), trackingNo, await numbersInUse(db, trackingNo, slipId));
    return { slip: await writeSlip(db, actor, slip, next, now), warnings };
  });
}

/**
 * The goods leave (发货过账): every stock rule again (stock, OUT-3, OUT-5, OUT-7) and OUT-4 re-checked;
 * the slip, its CK… movement, the shipment (已发货, the day's log entry) and the audit entries are
 * written in ONE transaction, so a slip never half-posts.
 */
export async function postSlipShipment(
  db: AppDB, actor: Actor, slipId: number, now = Date.now(),
): Promise<{ slip: SavedSlip; shipment: SavedShipment; movement: StoredMovement }> {
  assertCan(actor.roles, 'outbound.release');
  return db.transaction('rw', slipTables(db), async () => {
    const before = await loadSlip(db, slipId);
    const ctx = await slipContextFor(db, before);
    const next = unwrap(postShipment(before, ctx, actor, now));
    const slip = await writeSlip(db, actor, before, next, now);
    const movement = await postSlipMovement(db, actor, slip, now);
    // SHP-3: the log registers the recipient and the goods as they left.
    const list = await db.shippingLists.where('slipId').equals(slipId).first();
    const registered = list ? { recipient: list.recipient, goods: slipGoods(slip, ctx.products) } : undefined;
    const row = unwrap(shipmentFromSlip(slip, registered));
    const id = addedKey(await db.shipments.add(row));
    await auditChange(db, actor, { action: 'create', table: 'shipments', recordId: id, after: { ...row }, at: now });
    return { slip, shipment: { ...row, id }, movement };
  });
}
