import type { Approval, VoidMark } from '../auth/approval';
import { isApprovalFresh } from '../auth/approval';
import { validateVoidReason } from '../domain/void';
import { isApprovalRecorded } from '../stock/approvals';
import { ValidationError, type Issue } from '../validation';
import { issue, refuse, stepIf, type Step } from './messages';
import type { PurchaseSlip, SlipFields } from './purchase-slip';
import { settleApprovals, stampApproval, type SlipApprovalKind } from './approval-cover';
import { hasBackOfficeScreenshot } from './validate-slip';

/**
 * A slip is a permanent record (REC-1). It is edited in place only as an unprinted, unreleased
 * draft; after that it is changed by voiding it with a reason and writing a new slip.
 */
export function isEditable(slip: Pick<PurchaseSlip, 'status' | 'printedAt' | 'released' | 'voided'>): boolean {
  return slip.voided === undefined && slip.status === 'draft' && slip.printedAt === undefined && slip.released === undefined;
}

/** Why the slip cannot be edited in place (empty when it can). */
export function editIssues(slip: Pick<PurchaseSlip, 'status' | 'printedAt' | 'released' | 'voided'>): Issue[] {
  if (slip.voided !== undefined) return [issue('status', 'slip.error.voided')];
  if (slip.released !== undefined) return [issue('status', 'slip.error.releasedNoEdit')];
  if (slip.printedAt !== undefined) return [issue('status', 'slip.error.printedNoEdit')];
  if (slip.status !== 'draft') return [issue('status', 'slip.error.inProgressNoEdit')];
  return [];
}

export const canEdit = isEditable;

/** Throws a ValidationError naming why the slip is locked. */
export function assertEditable(slip: Pick<PurchaseSlip, 'status' | 'printedAt' | 'released' | 'voided'>): void {
  const issues = editIssues(slip);
  if (issues.length > 0) throw new ValidationError(issues);
}

/** The draft with new form fields (the caller validates them with `validateSlip`). */
export function editSlip(slip: PurchaseSlip, fields: SlipFields, now: number): Step<PurchaseSlip> {
  return stepIf(editIssues(slip), () => ({ ...slip, ...fields, updatedAt: now }));
}

/**
 * Printing locks the slip; a reprint keeps the first print time. `withScreenshot`: the job held the
 * back-office screenshot page after the yellow copy (OUT-2), recorded once the slip has a screenshot.
 */
export function markPrinted(slip: PurchaseSlip, at: number, withScreenshot = false): Step<PurchaseSlip> {
  if (slip.voided) return refuse([issue('status', 'slip.error.voided')]);
  const screenshotPrintedAt = slip.screenshotPrintedAt ?? (withScreenshot && hasBackOfficeScreenshot(slip) ? at : undefined);
  return { ok: true, value: { ...slip, printedAt: slip.printedAt ?? at, ...(screenshotPrintedAt !== undefined ? { screenshotPrintedAt } : {}), updatedAt: at } };
}

/**
 * Voids a slip (reason + supervisor approval, REC-1). A released slip's goods have left: the caller
 * books them back (`needsStockReturn`) in the same transaction.
 */
export function voidSlip(slip: PurchaseSlip, mark: VoidMark, now: number): Step<PurchaseSlip> {
  const issues: Issue[] = [];
  if (slip.voided) issues.push(issue('status', 'slip.error.voided'));
  issues.push(...validateVoidReason(mark.reason));
  if (!isApprovalRecorded(mark.approval) || !isApprovalFresh(mark.approval, now)) issues.push(issue('approval', 'slip.error.voidNeedsApproval'));
  return stepIf(issues, () => ({ ...slip, voided: { ...mark, reason: mark.reason.trim() }, updatedAt: now }));
}

export function needsStockReturn(slip: Pick<PurchaseSlip, 'released'>): boolean {
  return slip.released !== undefined;
}

/** The form fields for the slip that replaces a voided one (written as a new draft with `replacesSlipId`). */
export function replacementFields(old: PurchaseSlip): SlipFields & { replacesSlipId?: number } {
  const { day, customerId, orderType, delivery, lines, total, remarks, attachments } = old;
  // Approvals are given for one slip and one moment: the replacement asks again.
  const fields: SlipFields = { day, customerId, orderType, delivery, lines: lines.map((l) => ({ ...l })), total, remarks, attachments, approvals: {} };
  return old.id === undefined ? fields : { ...fields, replacesSlipId: old.id };
}

/**
 * OUT-7: records a supervisor's approval (领导签字, or the override of a shortage), given just now
 * with their PIN, for the slip's lines as they stand: it covers exactly those (approval-cover.ts).
 */
export function recordApproval(slip: PurchaseSlip, kind: SlipApprovalKind, approval: Approval, now: number): Step<PurchaseSlip> {
  const issues: Issue[] = [];
  if (slip.voided) issues.push(issue('status', 'slip.error.voided'));
  if (slip.released) issues.push(issue('status', 'slip.error.releasedNoEdit'));
  if (!isApprovalRecorded(approval) || !isApprovalFresh(approval, now)) issues.push(issue(`approvals.${kind}`, 'slip.error.signOffInvalid'));
  return stepIf(issues, () => withoutLapse({ ...slip, approvals: { ...slip.approvals, [kind]: stampApproval(approval, slip.lines) }, updatedAt: now }, kind));
}

/** OUT-7: records the leader's sign-off, given just now with the supervisor's PIN. */
export function recordSignOff(slip: PurchaseSlip, approval: Approval, now: number): Step<PurchaseSlip> {
  return recordApproval(slip, 'signOff', approval, now);
}

/** A new approval of `kind` answers the lapse of that kind. */
function withoutLapse(slip: PurchaseSlip, kind: SlipApprovalKind): PurchaseSlip {
  const lapse = slip.lapsedApprovals;
  if (!lapse) return slip;
  const { lapsedApprovals: _old, ...rest } = slip;
  const kinds = lapse.kinds.filter((k) => k !== kind);
  return kinds.length > 0 ? { ...rest, lapsedApprovals: { ...lapse, kinds } } : rest;
}

/**
 * OUT-7: the draft with new form fields, its approvals settled: one that no longer covers the new
 * lines is dropped and the lapse recorded on the slip (the screen asks for a new signature).
 */
export function editSlipApprovals(slip: PurchaseSlip, fields: SlipFields, by: { name: string }, now: number): Step<PurchaseSlip> {
  const edited = editSlip(slip, fields, now);
  if (!edited.ok) return edited;
  const { approvals, lapsed } = settleApprovals(slip.approvals, fields.approvals, fields.lines);
  const next: PurchaseSlip = { ...edited.value, approvals };
  if (lapsed.length === 0) return { ok: true, value: next };
  const kinds = [...new Set([...(slip.lapsedApprovals?.kinds ?? []), ...lapsed])];
  return { ok: true, value: { ...next, lapsedApprovals: { at: now, byName: by.name, kinds } } };
}
