import Dexie from 'dexie';
import { assertValid, type Issue } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { editSlipApprovals, markPrinted, needsStockReturn, recordApproval, recordSignOff, voidSlip as voidSlipStep } from '@shared/slips/editable';
import { settleApprovals } from '@shared/slips/approval-cover';
import {
  newSlip,
  slipNoPrefix,
  slipOutboundLines,
  type DeliveryMode,
  type PurchaseSlip,
  type SlipFields,
  type SlipStatus,
} from '@shared/slips/purchase-slip';
import { pendingSignOff, validateSlip, type SlipContext, type SlipStage } from '@shared/slips/validate-slip';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { postReturn } from './returns-repo';
import { checkApproval } from './sign-in';
import {
  assertCanAny,
  attachmentIssues,
  checkNewApprovals,
  loadSlip,
  refuse,
  slipContextFor,
  slipProducts,
  slipSnapshot,
  slipTables,
  unwrap,
  withSlipId,
  writeSlip,
  type SavedSlip,
} from './slip-store';
import { takeDocNo } from './stock-ledger';

export type { SavedSlip } from './slip-store';
export { addSlipAttachment, attachmentDataUrl, getSlipAttachmentBlob } from './slip-attachments';
export { completeSlipPickup, confirmSlipPickup, issueSlip, signSlip } from './slip-pickup';

export type SlipInput = SlipFields & { replacesSlipId?: number };

export interface SlipFilter {
  day?: string;
  fromDay?: string;
  toDay?: string;
  customerId?: number;
  delivery?: DeliveryMode;
  status?: SlipStatus;
  /** Default true: a voided slip stays listed, marked. */
  includeVoided?: boolean;
}

export async function getSlip(db: AppDB, id: number): Promise<SavedSlip | undefined> {
  return withSlipId(await db.purchaseSlips.get(id));
}

export async function getSlipByNo(db: AppDB, no: string): Promise<SavedSlip | undefined> {
  return withSlipId(await db.purchaseSlips.where('no').equals(no.trim().toUpperCase()).first());
}

function keep(f: SlipFilter) {
  return (s: PurchaseSlip) =>
    (f.day === undefined || s.day === f.day) && (f.fromDay === undefined || s.day >= f.fromDay) && (f.toDay === undefined || s.day <= f.toDay) &&
    (f.customerId === undefined || s.customerId === f.customerId) && (f.delivery === undefined || s.delivery === f.delivery) &&
    (f.status === undefined || s.status === f.status) && (f.includeVoided !== false || s.voided === undefined);
}

/** Slips, newest first, through the narrowest index the filter allows. */
export async function listSlips(db: AppDB, filter: SlipFilter = {}, limit = 200): Promise<SavedSlip[]> {
  const t = db.purchaseSlips;
  const f = filter;
  const collection =
    f.customerId !== undefined ? t.where('customerId').equals(f.customerId)
    : f.delivery !== undefined && f.status !== undefined ? t.where('[delivery+status]').equals([f.delivery, f.status])
    : f.status !== undefined ? t.where('status').equals(f.status)
    : t.where('day').between(f.day ?? f.fromDay ?? Dexie.minKey, f.day ?? f.toDay ?? Dexie.maxKey, true, true);
  const rows = await collection.filter(keep(f)).toArray();
  return rows.flatMap((s) => withSlipId(s) ?? []).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).slice(0, limit);
}

/** The products and balances the shared checks need for these lines (the whole catalogue for a member purchase). */
export function slipContext(db: AppDB, slip: Pick<SlipFields, 'lines' | 'orderType'>): Promise<SlipContext> {
  return slipContextFor(db, slip);
}

/** The form's live check against what is stored now (writes nothing). */
export async function checkSlip(db: AppDB, fields: SlipFields, stage: SlipStage = 'save'): Promise<Issue[]> {
  return validateSlip(fields, await slipContextFor(db, fields), stage);
}

/** OUT-7: products on the slip still waiting for the leader's sign-off. */
export async function slipPendingSignOff(db: AppDB, slip: SlipFields): Promise<number[]> {
  return pendingSignOff(slip, await slipProducts(db, slip));
}

/** Only the form's fields are kept (a form object may carry more). */
function formFields(f: SlipFields): SlipFields {
  return {
    day: f.day, customerId: f.customerId, orderType: f.orderType, delivery: f.delivery,
    lines: f.lines.map((l) => ({ productId: l.productId, qty: l.qty, unitPrice: l.unitPrice, amount: l.amount })),
    total: f.total, remarks: f.remarks.trim(), attachments: f.attachments.map((a) => ({ ...a })), approvals: { ...f.approvals },
  };
}

/** Every rule a saved draft meets, with the records it names (customer, stored screenshots) looked up. */
async function assertSavable(db: AppDB, fields: SlipFields, now: number, prev: SlipFields['approvals'] = {}): Promise<void> {
  const issues = [...validateSlip(fields, await slipContextFor(db, fields), 'save'), ...(await attachmentIssues(db, fields.attachments))];
  if (fields.customerId > 0 && !(await db.customers.get(fields.customerId))) issues.push({ path: 'customerId', message: 'customer.error.notFound' });
  assertValid(issues);
  await checkNewApprovals(db, fields.approvals, prev, now);
}

async function checkReplaceable(db: AppDB, oldId: number): Promise<void> {
  const old = await loadSlip(db, oldId);
  if (!old.voided) refuse('replacesSlipId', 'slipRecord.error.notVoided');
  if ((await db.purchaseSlips.where('replacesSlipId').equals(oldId).count()) > 0) refuse('replacesSlipId', 'slipRecord.error.alreadyReplaced');
}

/**
 * A new draft slip (产品购销单) with the day's next number (GX20261127-001), validated by the shared
 * rules (validateSlip 'save': header, line maths, stock, OUT-3, OUT-5, OUT-2; OUT-7 may wait), audited.
 */
export async function createSlip(db: AppDB, actor: Actor, input: SlipInput, now = Date.now()): Promise<SavedSlip> {
  assertCan(actor.roles, 'slip.create');
  const fields = formFields(input);
  return db.transaction('rw', slipTables(db), async () => {
    // OUT-7: approvals given with the new slip are given for the lines it is saved with.
    const settled = { ...fields, approvals: settleApprovals({}, fields.approvals, fields.lines).approvals };
    await assertSavable(db, settled, now);
    if (input.replacesSlipId !== undefined) await checkReplaceable(db, input.replacesSlipId);
    const no = await takeDocNo(db, slipNoPrefix, fields.day);
    const row: PurchaseSlip = { ...newSlip(settled, no, actor, now), ...(input.replacesSlipId !== undefined ? { replacesSlipId: input.replacesSlipId } : {}) };
    const id = addedKey(await db.purchaseSlips.add(row));
    await auditChange(db, actor, { action: 'create', table: 'purchaseSlips', recordId: id, after: slipSnapshot(row), at: now });
    return { ...row, id };
  });
}

/**
 * Edits a draft in place: only while it is unprinted and unreleased (a permanent record after that).
 * OUT-7: an approval on the slip that does not cover the edited lines is dropped and its lapse
 * recorded (`lapsedApprovals`, with the audit entry); the supervisor signs again before release.
 */
export async function updateSlip(db: AppDB, actor: Actor, id: number, input: SlipFields, now = Date.now()): Promise<SavedSlip> {
  assertCan(actor.roles, 'slip.create');
  const fields = formFields(input);
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, id);
    const next = unwrap(editSlipApprovals(slip, fields, actor, now));
    await assertSavable(db, next, now, slip.approvals);
    return writeSlip(db, actor, slip, next, now);
  });
}

/**
 * Printing locks the slip: call it from the print preview's onPrinted (the job was accepted).
 * `withScreenshot`: the job held the back-office screenshot page (OUT-2, needed before shipping).
 */
export async function markSlipPrinted(db: AppDB, actor: Actor, id: number, now = Date.now(), withScreenshot = false): Promise<SavedSlip> {
  assertCan(actor.roles, 'slip.create');
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, id);
    const next = unwrap(markPrinted(slip, now, withScreenshot));
    const unchanged = next.printedAt === slip.printedAt && next.screenshotPrintedAt === slip.screenshotPrintedAt;
    return unchanged ? slip : writeSlip(db, actor, slip, next, now);
  });
}

/** OUT-7: the leader's sign-off recorded on the slip (given now with the supervisor's PIN), until release. */
export async function recordSlipSignOff(db: AppDB, actor: Actor, id: number, approval: Approval, now = Date.now()): Promise<SavedSlip> {
  assertCanAny(actor, ['slip.create', 'outbound.release']);
  return db.transaction('rw', slipTables(db), async () => {
    await checkApproval(db, approval, now);
    const slip = await loadSlip(db, id);
    return writeSlip(db, actor, slip, unwrap(recordSignOff(slip, approval, now)), now);
  });
}

/** A supervisor lets this slip take stock below zero (recorded on the slip, used at release). */
export async function allowSlipNegativeStock(db: AppDB, actor: Actor, id: number, approval: Approval, now = Date.now()): Promise<SavedSlip> {
  assertCanAny(actor, ['slip.create', 'outbound.release']);
  return db.transaction('rw', slipTables(db), async () => {
    await checkApproval(db, approval, now);
    const slip = await loadSlip(db, id);
    return writeSlip(db, actor, slip, unwrap(recordApproval(slip, 'negativeStock', approval, now)), now);
  });
}

/** Quantities per product (a slip may list a product twice; a return takes each once). */
function returnLines(slip: SavedSlip) {
  const totals = new Map<number, number>();
  for (const l of slipOutboundLines(slip)) totals.set(l.productId, (totals.get(l.productId) ?? 0) + l.qty);
  return [...totals].map(([productId, qty]) => ({ productId, qty }));
}

/**
 * REC-1: voids a slip (supervisor: 'record.void', a reason, an approval re-checked). A released slip's
 * goods are booked back (customer return RK…, linked to the slip) and its shipment leaves the
 * follow-up queues, all in the same transaction. The replacement is a new slip (`replacesSlipId`).
 */
export async function voidSlip(db: AppDB, actor: Actor, id: number, reason: string, approval: Approval, now = Date.now()): Promise<SavedSlip> {
  assertCan(actor.roles, 'record.void');
  return db.transaction('rw', slipTables(db), async () => {
    await checkApproval(db, approval, now);
    const slip = await loadSlip(db, id);
    const next = unwrap(voidSlipStep(slip, { at: now, byId: actor.staffId, byName: actor.name, reason, approval }, now));
    const saved = await writeSlip(db, actor, slip, next, now, next.voided?.reason);
    if (needsStockReturn(slip)) {
      await postReturn(db, actor, { customerId: slip.customerId, slipId: id, lines: returnLines(slip), reason: next.voided?.reason ?? reason, day: toIsoDate(now) }, now);
    }
    const shipment = await db.shipments.where('slipId').equals(id).first();
    if (shipment?.id !== undefined && next.voided) {
      await db.shipments.put({ ...shipment, voided: next.voided, updatedAt: now });
      await auditChange(db, actor, { action: 'void', table: 'shipments', recordId: shipment.id, before: {}, after: { voided: next.voided }, at: now, note: next.voided.reason });
    }
    return saved;
  });
}
