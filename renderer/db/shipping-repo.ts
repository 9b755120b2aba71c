import { assertValid, type Issue } from '@shared/validation';
import { isApprovalFresh } from '@shared/auth/approval';
import { assertCan, can } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { CallLogInput } from '@shared/domain/call-log';
import { normalizePhone } from '@shared/domain/customer';
import { recordCount } from '@shared/slips/double-count';
import { flowIssues } from '@shared/slips/flow-guards';
import { issue } from '@shared/slips/messages';
import { handOverShippingList as handOverStep, recordPhoneConfirmation, startPicking } from '@shared/slips/ship-flow';
import { slipOutboundLines } from '@shared/slips/purchase-slip';
import type { MovementLine } from '@shared/stock/ledger';
import { expandSets } from '@shared/stock/outbound';
import {
  doubtfulOrder,
  listMatchesSlip,
  recipientFromCustomer,
  shippingListLines,
  validateShippingList,
  type DoubtReason,
  type Recipient,
  type ShippingList,
  type ShippingListLine,
} from '@shared/shipping/shipping-list';
import { auditChange } from './audit-repo';
import { createCallLog } from './call-logs-repo';
import { addedKey, type AppDB } from './db';
import type { StaffConfirmation } from './receiving-repo';
import { loadSlip, refuse, slipContextFor, slipProducts, slipTables, unwrap, writeSlip, type SavedSlip } from './slip-store';
import type { StoredProduct } from './stock-rows';

export { markWaybillsPrinted, postSlipShipment, recordSlipWaybill, trackingWarnings, type WaybillInput } from './shipping-post';

/**
 * The shipping flow on a slip (OUT-2, SHP-1, OUT-4; the waybill and posting are in shipping-post.ts):
 * each step runs the shared flow function inside the transaction that writes its result.
 */

export type SavedShippingList = ShippingList & { id: number };

export interface ShippingListInput {
  lines: ShippingListLine[];
  recipient: Recipient;
}

/** A call made as part of a step: the repository fills in the customer and the link. */
export type StepCall = Omit<CallLogInput, 'ref'>;

export interface PickRow {
  productId: number;
  qty: number;
  /** The set this component was opened from. */
  setId?: number;
  product?: StoredProduct;
}

export async function getShippingList(db: AppDB, slipId: number): Promise<SavedShippingList | undefined> {
  const list = await db.shippingLists.where('slipId').equals(slipId).first();
  return list?.id === undefined ? undefined : { ...list, id: list.id };
}

async function customerOf(db: AppDB, slip: SavedSlip) {
  return (await db.customers.get(slip.customerId)) ?? refuse('customerId', 'customer.error.notFound');
}

/** The list's starting point: the saved one, else the slip's goods by category and the customer as recipient. */
export async function shippingListDraft(db: AppDB, slipId: number): Promise<ShippingListInput> {
  const saved = await getShippingList(db, slipId);
  if (saved) return { lines: saved.lines, recipient: saved.recipient };
  const slip = await loadSlip(db, slipId);
  const [products, customer] = await Promise.all([slipProducts(db, slip), customerOf(db, slip)]);
  return { lines: shippingListLines(slip, products), recipient: recipientFromCustomer(customer) };
}

function cleanList(input: ShippingListInput): ShippingListInput {
  const r = input.recipient;
  return {
    lines: input.lines.map((l) => ({ category: l.category.trim(), qty: l.qty })),
    recipient: { name: r.name.trim(), phone: normalizePhone(r.phone), province: r.province.trim(), city: r.city.trim(), district: r.district.trim(), detail: r.detail.trim() },
  };
}

/** The list is filled while the shipping slip is a draft; handed over, it is the warehouse's paper. */
function listEditIssues(slip: SavedSlip): Issue[] {
  if (slip.voided) return [issue('status', 'slip.error.voided')];
  if (slip.delivery !== 'ship') return [issue('delivery', 'slip.flow.notShip')];
  return slip.status === 'draft' ? [] : [{ path: 'status', message: 'slipRecord.error.listLocked' }];
}

/** OUT-2: fills the 发货明细表 of a shipping slip (recipient may differ); editable until it is handed over. */
export async function saveShippingList(db: AppDB, actor: Actor, slipId: number, input: ShippingListInput, now = Date.now()): Promise<SavedShippingList> {
  assertCan(actor.roles, 'slip.create');
  const fields = cleanList(input);
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, slipId);
    assertValid(listEditIssues(slip));
    const products = await slipProducts(db, slip);
    assertValid([...validateShippingList({ slipId, ...fields }), ...listMatchesSlip(fields, slip, products)]);
    const old = await getShippingList(db, slipId);
    const row: ShippingList = { slipId, ...fields, createdAt: old?.createdAt ?? now, updatedAt: now, ...(old ? { id: old.id } : {}) };
    const id = addedKey(await db.shippingLists.put(row));
    await auditChange(db, actor, { action: old ? 'update' : 'create', table: 'shippingLists', recordId: id, before: old ? { ...old } : {}, after: { ...row, id }, at: now });
    return { ...row, id };
  });
}

/** How many earlier, unvoided slips the customer has (none makes an order doubtful: SHP-1 new customer). */
async function previousSlips(db: AppDB, slip: SavedSlip): Promise<number> {
  return db.purchaseSlips.where('customerId').equals(slip.customerId).filter((s) => s.id !== slip.id && s.createdAt < slip.createdAt && !s.voided).count();
}

/** SHP-1: why this order should be confirmed by phone (recipient default: the saved list's). */
export async function slipDoubts(db: AppDB, slipId: number, recipient?: Recipient): Promise<DoubtReason[]> {
  const slip = await loadSlip(db, slipId);
  const r = recipient ?? (await getShippingList(db, slipId))?.recipient;
  if (!r) return [];
  return doubtfulOrder(slip, await customerOf(db, slip), r, { previousSlips: await previousSlips(db, slip) });
}

/** SHP-1: the confirmation call (a call log linked to the slip) and the contact check, in one transaction. */
export async function confirmSlipByPhone(
  db: AppDB, actor: Actor, slipId: number, call: StepCall, contactChecked: boolean, now = Date.now(),
): Promise<{ slip: SavedSlip; callLogId: number }> {
  assertCan(actor.roles, 'slip.create');
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, slipId);
    // Refuse before writing the call when the step cannot be taken anyway (the transaction would undo it too).
    unwrap(recordPhoneConfirmation(slip, { staffId: actor.staffId, name: actor.name, at: now, callLogId: 1, contactChecked }));
    const callLogId = await createCallLog(db, actor, { ...call, customerId: slip.customerId, ref: { type: 'slip', id: slipId } });
    const next = unwrap(recordPhoneConfirmation(slip, { staffId: actor.staffId, name: actor.name, at: now, callLogId, contactChecked }));
    return { slip: await writeSlip(db, actor, slip, next, now), callLogId };
  });
}

/** OUT-2 (+ SHP-1): the list goes to the warehouse; a doubtful order waits for its confirmation call. */
export async function handOverShippingList(db: AppDB, actor: Actor, slipId: number, now = Date.now()): Promise<SavedSlip> {
  assertCan(actor.roles, 'slip.create');
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, slipId);
    assertValid(flowIssues(slip, 'ship', 'draft', 'slip.ship.alreadyListed'));
    const list = (await getShippingList(db, slipId)) ?? refuse('shippingList', 'slipRecord.error.listNotFound');
    const ctx = await slipContextFor(db, slip);
    const step = handOverStep(slip, { ...ctx, customer: await customerOf(db, slip), list, doubt: { previousSlips: await previousSlips(db, slip) }, at: now });
    return writeSlip(db, actor, slip, unwrap(step), now);
  });
}

/** The picking list (配货单): the slip's lines with every set opened into its contents. */
export async function pickingList(db: AppDB, slipId: number): Promise<PickRow[]> {
  const slip = await loadSlip(db, slipId);
  const products = await slipProducts(db, slip);
  return expandSets(slipOutboundLines(slip), products).map((l) => {
    const product = products.get(l.productId);
    return { ...l, ...(product ? { product } : {}) };
  });
}

export async function startSlipPicking(db: AppDB, actor: Actor, slipId: number, now = Date.now()): Promise<SavedSlip> {
  assertCan(actor.roles, 'shipment.pack');
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, slipId);
    return writeSlip(db, actor, slip, unwrap(startPicking(slip, now)), now);
  });
}

/** OUT-4: the counter is re-checked where used: active, same name, allowed to pack, confirmed just now. */
export async function counterIssues(db: AppDB, counter: StaffConfirmation, now: number): Promise<Issue[]> {
  const staff = await db.staff.get(counter.staffId);
  if (!staff?.active || staff.name !== counter.name || !can(staff.roles, 'shipment.pack')) return [{ path: 'count.staffId', message: 'slipRecord.error.counterNotAllowed' }];
  if (!isApprovalFresh(counter, now)) return [{ path: 'count.staffId', message: 'approval.error.stale' }];
  return [];
}

/**
 * OUT-4: one person's count of the picked goods. The same person twice is refused; a count that
 * differs from the picking list is refused and not recorded (the shipment stops until two people's
 * counts match). For the signed-in person pass `{ staffId, name, at: now }`; for the second person
 * the SecondPersonDialog's confirmation (confirmStaff with their own PIN).
 */
export async function recordSlipCount(
  db: AppDB, actor: Actor, slipId: number, counter: StaffConfirmation, lines: MovementLine[], now = Date.now(),
): Promise<SavedSlip> {
  assertCan(actor.roles, 'shipment.pack');
  return db.transaction('rw', slipTables(db), async () => {
    assertValid(await counterIssues(db, counter, now));
    const slip = await loadSlip(db, slipId);
    const count = { staffId: counter.staffId, name: counter.name, at: counter.at, lines: lines.map((l) => ({ productId: l.productId, qty: l.qty })) };
    return writeSlip(db, actor, slip, unwrap(recordCount(slip, await slipProducts(db, slip), count)), now);
  });
}
