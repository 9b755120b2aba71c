import type { VoidMark } from '../auth/approval';
import { toIsoDate } from '../domain/local-date';
import { issue, refuse, stepIf, type Step } from '../slips/messages';
import type { GoodsItem } from './shipment-log';
import type { Recipient } from './shipping-list';
import type { PurchaseSlip, StaffStamp } from '../slips/purchase-slip';
import type { Issue } from '../validation';
import { sourceRefs, type ShipDoc, type SourceRefs } from './ship-doc';

/** 已发货 / 运输中 / 催查中 / 已签收 / 已回访 / 异常. */
export const shipmentStatuses = ['shipped', 'inTransit', 'chasing', 'signed', 'confirmed', 'exception'] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];

/** SHP-4: one chase of a late parcel; the calls are call-log entries linked here. */
export interface ChaseEntry extends StaffStamp {
  courierContact: string;
  /** What the tracking page says now. */
  trackingStatus: string;
  cause: string;
  customerTold: boolean;
  /** Asked the courier to deliver it first (优先派送). */
  askedPriority: boolean;
  callLogIds: number[];
}

/** SHP-5: the callback after the customer signed for the parcel. */
export interface CallbackEntry extends StaffStamp {
  /** False when nobody answered: the callback stays due. */
  reached: boolean;
  damaged: boolean;
  /** The box held what the outbound list says. */
  matchesList: boolean;
  note: string;
  callLogId?: number;
}

export interface ShipmentException {
  at: number;
  note: string;
  /** The outstanding-issue record (遗留问题) opened for it, once that record exists. */
  outstandingIssueId?: number;
}

/**
 * A posted parcel — a shipping slip's, or a courier exchange's replacement (EXC-2) — the shipment log
 * entry (发货登记, SHP-3), followed until confirmed. It refers to its source: `slipId` (every shipment
 * before exchanges shipped) or `exchangeId` (ship-doc.ts).
 */
export interface Shipment extends SourceRefs {
  id?: number;
  /** The source's number: the slip's GX…, or the exchange's outbound CK… / HH…. */
  slipNo: string;
  /** Its 发货明细表, found by key. */
  shippingListId?: number;
  /** SHP-3 as registered at dispatch: who it went to (from the list) and what (from the slip). */
  recipient?: Recipient;
  goods?: GoodsItem[];
  customerId: number;
  carrier: string;
  trackingNo: string;
  shippedAt: number;
  /** Local YYYY-MM-DD of `shippedAt`: the day's log is one index lookup. */
  day: string;
  status: ShipmentStatus;
  signedAt?: number;
  chases: ChaseEntry[];
  callbacks: CallbackEntry[];
  exception?: ShipmentException;
  /** SHP-5 found a problem and no outstanding-issue record is linked yet (issue 7 opens it). */
  needsOutstandingIssue?: boolean;
  /** Its slip was voided after posting: the log keeps the row, marked; it leaves the follow-up queues. */
  voided?: VoidMark;
  updatedAt: number;
}

/** Which status may follow which; a chased parcel may go back to in transit, an exception be resolved. */
export const shipmentTransitions: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  shipped: ['inTransit', 'chasing', 'signed', 'exception'],
  inTransit: ['chasing', 'signed', 'exception'],
  chasing: ['inTransit', 'signed', 'exception'],
  signed: ['confirmed', 'exception'],
  confirmed: [],
  exception: ['inTransit', 'chasing', 'signed'],
};

export function canMoveShipment(from: ShipmentStatus, to: ShipmentStatus): boolean {
  return shipmentTransitions[from].includes(to);
}

/** What the log registers at dispatch (SHP-3), so the day's log is read from the shipments alone. */
export interface DispatchRecord {
  recipient: Recipient;
  goods: GoodsItem[];
}

/** The shipment a posted slip creates, in the same transaction as the slip and its movement. */
export function shipmentFromSlip(slip: PurchaseSlip & { id: number }, registered?: DispatchRecord): Step<Shipment> {
  return shipmentFromDoc({ ...slip, source: { type: 'slip', id: slip.id } }, registered);
}

/** The shipment any posted courier document creates (a slip, or an exchange's replacement: EXC-2). */
export function shipmentFromDoc(slip: Pick<ShipDoc, 'source' | 'no' | 'customerId' | 'status' | 'waybill' | 'released' | 'shippingListId'>, registered?: DispatchRecord): Step<Shipment> {
  const { waybill, released } = slip;
  if (slip.status !== 'posted' || !waybill || !released) return refuse([issue('status', 'shipment.error.slipNotPosted')]);
  return {
    ok: true,
    value: {
      ...sourceRefs(slip.source), slipNo: slip.no, customerId: slip.customerId, carrier: waybill.carrier, trackingNo: waybill.trackingNo,
      ...(slip.shippingListId !== undefined ? { shippingListId: slip.shippingListId } : {}),
      ...(registered ? { recipient: { ...registered.recipient }, goods: registered.goods.map((g) => ({ ...g })) } : {}),
      shippedAt: released.at, day: toIsoDate(released.at), status: 'shipped', chases: [], callbacks: [], updatedAt: released.at,
    },
  };
}

function moveIssues(s: Shipment, to: ShipmentStatus, at: number): Issue[] {
  if (!canMoveShipment(s.status, to)) return [issue('status', 'shipment.error.badTransition')];
  if (!Number.isFinite(at) || at < s.shippedAt) return [issue('at', 'shipment.error.beforeShipped')];
  return [];
}

export function markInTransit(s: Shipment, at: number): Step<Shipment> {
  return stepIf(moveIssues(s, 'inTransit', at), () => ({ ...s, status: 'inTransit', updatedAt: at }));
}

/** The customer signed for it (from the tracking page or the customer): the callback is now due (SHP-5). */
export function markSigned(s: Shipment, at: number): Step<Shipment> {
  return stepIf(moveIssues(s, 'signed', at), () => ({ ...s, status: 'signed', signedAt: at, updatedAt: at }));
}

/** A problem found any other way (lost, returned to sender …): 异常, with a note. */
export function markException(s: Shipment, note: string, at: number): Step<Shipment> {
  const issues = moveIssues(s, 'exception', at);
  if (note.trim() === '') issues.push(issue('exception.note', 'shipment.error.exceptionNoteRequired'));
  return stepIf(issues, () => ({ ...s, status: 'exception', exception: { at, note: note.trim() }, updatedAt: at }));
}

const undelivered: readonly ShipmentStatus[] = ['shipped', 'inTransit', 'chasing', 'exception'];

/** SHP-4: a chase records the courier contact, the tracking read, the cause, and that the customer was told. */
export function recordChase(s: Shipment, c: ChaseEntry): Step<Shipment> {
  if (!undelivered.includes(s.status)) return refuse([issue('status', 'shipment.error.chaseDelivered')]);
  const issues: Issue[] = [];
  if (!Number.isFinite(c.at) || c.at < s.shippedAt) issues.push(issue('chase.at', 'shipment.error.beforeShipped'));
  if (c.courierContact.trim() === '') issues.push(issue('chase.courierContact', 'shipment.chase.courierContactRequired'));
  if (c.trackingStatus.trim() === '') issues.push(issue('chase.trackingStatus', 'shipment.chase.trackingStatusRequired'));
  if (c.cause.trim() === '') issues.push(issue('chase.cause', 'shipment.chase.causeRequired'));
  if (!c.customerTold) issues.push(issue('chase.customerTold', 'shipment.chase.customerNotTold'));
  const entry = { ...c, courierContact: c.courierContact.trim(), trackingStatus: c.trackingStatus.trim(), cause: c.cause.trim() };
  return stepIf(issues, () => ({ ...s, status: 'chasing', chases: [...s.chases, entry], updatedAt: c.at }));
}

export interface CallbackResult {
  shipment: Shipment;
  /** SHP-5: damage or a box that does not match the list opens an outstanding issue (遗留问题). */
  needsOutstandingIssue: boolean;
}

export function hasCallbackProblem(c: Pick<CallbackEntry, 'reached' | 'damaged' | 'matchesList'>): boolean {
  return c.reached && (c.damaged || !c.matchesList);
}

/**
 * SHP-5: the callback after signing. Reached and all well → 已回访; a problem → 异常 and an
 * outstanding issue to open; not reached → recorded, and the callback stays due.
 */
export function recordCallback(s: Shipment, c: CallbackEntry): Step<CallbackResult> {
  if (s.status !== 'signed') return refuse([issue('status', 'shipment.error.callbackBeforeSigned')]);
  const problem = hasCallbackProblem(c);
  const issues: Issue[] = [];
  if (!Number.isFinite(c.at) || c.at < (s.signedAt ?? s.shippedAt)) issues.push(issue('callback.at', 'shipment.error.beforeSigned'));
  if (problem && c.note.trim() === '') issues.push(issue('callback.note', 'shipment.callback.problemNoteRequired'));
  const entry = { ...c, note: c.note.trim() };
  const base = { ...s, callbacks: [...s.callbacks, entry], updatedAt: c.at };
  return stepIf(issues, () => {
    if (!c.reached) return { shipment: base, needsOutstandingIssue: false };
    if (!problem) return { shipment: { ...base, status: 'confirmed' }, needsOutstandingIssue: false };
    return { shipment: { ...base, status: 'exception', exception: { at: c.at, note: entry.note }, needsOutstandingIssue: true }, needsOutstandingIssue: true };
  });
}

/** Links the outstanding-issue record opened for an exception. */
export function linkOutstandingIssue(s: Shipment, outstandingIssueId: number, at: number): Step<Shipment> {
  if (s.status !== 'exception' || !s.exception) return refuse([issue('status', 'shipment.error.noException')]);
  const { needsOutstandingIssue: _done, ...rest } = s;
  return { ok: true, value: { ...rest, exception: { ...s.exception, outstandingIssueId }, updatedAt: at } };
}

// SHP-3 log rows and SHP-4/SHP-5 queues live in their own files; re-exported so the shipment's API is in one place.
export { callbackQueue, chaseAfterDays, chaseDueFrom, chaseQueue, isDueForCallback, isDueForChase } from './follow-up';
export { formatGoods, shipmentLogRows, slipGoods, type ShipmentLogRow } from './shipment-log';
