import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { Step } from '@shared/slips/messages';
import {
  linkOutstandingIssue,
  markException,
  markInTransit,
  markSigned,
  recordCallback,
  recordChase,
  type Shipment,
} from '@shared/shipping/shipment';
import { auditChange } from './audit-repo';
import { createCallLog } from './call-logs-repo';
import type { AppDB } from './db';
import type { StepCall } from './shipping-repo';
import { refuse, slipTables, unwrap } from './slip-store';

/** Status changes and follow-up calls of a shipment (SHP-4, SHP-5), each with its audit entry in one transaction. */

type SavedShipment = Shipment & { id: number };

export interface ChaseInput {
  courierContact: string;
  trackingStatus: string;
  cause: string;
  customerTold: boolean;
  askedPriority: boolean;
  /** At least one: the call to the courier and/or the call telling the customer; each becomes a linked call log. */
  calls: StepCall[];
}

export interface CallbackInput {
  reached: boolean;
  damaged: boolean;
  matchesList: boolean;
  note: string;
  /** SHP-5: the callback is a call-log entry. */
  call: StepCall;
}

async function loadShipment(db: AppDB, id: number): Promise<SavedShipment> {
  const s = await db.shipments.get(id);
  if (s?.id === undefined) return refuse('id', 'slipRecord.error.shipmentNotFound');
  if (s.voided) refuse('id', 'slipRecord.error.shipmentVoided');
  return { ...s, id: s.id };
}

async function writeShipment(db: AppDB, actor: Actor, before: SavedShipment, after: Shipment, at: number, note?: string): Promise<SavedShipment> {
  const row = { ...after, id: before.id };
  await db.shipments.put(row);
  await auditChange(db, actor, { action: 'update', table: 'shipments', recordId: before.id, before: { ...before }, after: { ...row }, at, ...(note ? { note } : {}) });
  return row;
}

/** A status change without calls: load, run the shared step, write. */
function move(db: AppDB, actor: Actor, id: number, now: number, step: (s: SavedShipment) => Step<Shipment>): Promise<SavedShipment> {
  // The front desk follows shipments (tracking pages, customers' calls); logistics and the warehouse too.
  assertCan(actor.roles, 'shipment.track');
  return db.transaction('rw', slipTables(db), async () => {
    const s = await loadShipment(db, id);
    return writeShipment(db, actor, s, unwrap(step(s)), now);
  });
}

export function markShipmentInTransit(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<SavedShipment> {
  return move(db, actor, id, now, (s) => markInTransit(s, now));
}

/** Signed for (per the tracking page or the customer): the callback is now due (SHP-5). */
export function markShipmentSigned(db: AppDB, actor: Actor, id: number, signedAt: number, now = Date.now()): Promise<SavedShipment> {
  return move(db, actor, id, now, (s) => (signedAt > now ? { ok: false, issues: [{ path: 'signedAt', message: 'slip.error.badTime' }] } : markSigned(s, signedAt)));
}

export function markShipmentException(db: AppDB, actor: Actor, id: number, note: string, now = Date.now()): Promise<SavedShipment> {
  return move(db, actor, id, now, (s) => markException(s, note, now));
}

/** Writes the step's calls, linked to the shipment and its customer, inside the caller's transaction. */
async function linkedCalls(db: AppDB, actor: Actor, s: SavedShipment, calls: readonly StepCall[]): Promise<number[]> {
  const ids: number[] = [];
  for (const call of calls) ids.push(await createCallLog(db, actor, { ...call, customerId: s.customerId, ref: { type: 'shipment', id: s.id } }));
  return ids;
}

/**
 * SHP-4: a chase of a late parcel: the courier contact, the tracking read, the cause, the customer
 * told, each call a call log linked to the shipment; the shipment goes to 催查中.
 */
export async function recordShipmentChase(db: AppDB, actor: Actor, id: number, input: ChaseInput, now = Date.now()): Promise<SavedShipment> {
  assertCan(actor.roles, 'call.write');
  return db.transaction('rw', slipTables(db), async () => {
    const s = await loadShipment(db, id);
    const entry = { staffId: actor.staffId, name: actor.name, at: now, courierContact: input.courierContact, trackingStatus: input.trackingStatus, cause: input.cause, customerTold: input.customerTold, askedPriority: input.askedPriority };
    // The chase is checked before its calls are written (a refusal would undo them anyway).
    unwrap(recordChase(s, { ...entry, callLogIds: [] }));
    if (input.calls.length === 0) refuse('calls', 'shipment.chase.callRequired');
    const callLogIds = await linkedCalls(db, actor, s, input.calls);
    return writeShipment(db, actor, s, unwrap(recordChase(s, { ...entry, callLogIds })), now);
  });
}

/**
 * SHP-5: the callback after signing, itself a call log linked to the shipment. Reached and fine →
 * 已回访; damaged or a box that differs from the outbound list → 异常 with the note, flagged
 * `needsOutstandingIssue` for issue 7's outstanding-issue record; not reached → recorded, still due.
 */
export async function recordShipmentCallback(
  db: AppDB, actor: Actor, id: number, input: CallbackInput, now = Date.now(),
): Promise<{ shipment: SavedShipment; needsOutstandingIssue: boolean }> {
  assertCan(actor.roles, 'call.write');
  return db.transaction('rw', slipTables(db), async () => {
    const s = await loadShipment(db, id);
    const entry = { staffId: actor.staffId, name: actor.name, at: now, reached: input.reached, damaged: input.damaged, matchesList: input.matchesList, note: input.note };
    unwrap(recordCallback(s, entry));
    const [callLogId] = await linkedCalls(db, actor, s, [input.call]);
    const result = unwrap(recordCallback(s, { ...entry, ...(callLogId !== undefined ? { callLogId } : {}) }));
    const shipment = await writeShipment(db, actor, s, result.shipment, now, result.needsOutstandingIssue ? result.shipment.exception?.note : undefined);
    return { shipment, needsOutstandingIssue: result.needsOutstandingIssue };
  });
}

/** Issue 7: the outstanding-issue record opened for a callback problem is linked; the flag clears. */
export function linkShipmentOutstandingIssue(db: AppDB, actor: Actor, id: number, outstandingIssueId: number, now = Date.now()): Promise<SavedShipment> {
  assertCan(actor.roles, 'call.write');
  return db.transaction('rw', slipTables(db), async () => {
    const s = await loadShipment(db, id);
    return writeShipment(db, actor, s, unwrap(linkOutstandingIssue(s, outstandingIssueId, now)), now);
  });
}
