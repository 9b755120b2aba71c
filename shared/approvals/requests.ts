import type { Approval } from '../auth/approval';
import type { approvalRequestStrings } from '../i18n/approval-requests';
import { changeDispatch } from '../service/request-flow';
import type { Dispatch, ServiceRequest } from '../service/request';
import { validateReopen } from '../stock/settlement-time';
import type { Issue } from '../validation';

/**
 * Requests that wait for the supervisor (申请): when no supervisor is at the desk to sign on the spot,
 * the clerk or warehouse keeper asks, and the supervisor approves (which carries the action out) or
 * declines (with a note) later. Nothing is deleted: a request ends approved, declined or withdrawn.
 */
export const approvalKinds = ['dayReopen', 'dispatchChange'] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

export const approvalStatuses = ['waiting', 'approved', 'declined', 'withdrawn'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

interface RequestBase {
  id?: number;
  status: ApprovalStatus;
  /** When it was asked. */
  at: number;
  byId: number;
  byName: string;
  reason: string;
  decidedAt?: number;
  decidedById?: number;
  decidedByName?: string;
  /** The supervisor's note: required to decline, optional to approve. */
  decisionNote?: string;
}

/** WH-1: reopen a settled day. */
export interface DayReopenRequest extends RequestBase {
  kind: 'dayReopen';
  day: string;
}

/**
 * Why a waiting plan change was closed without a decision: the visit it would have moved was already
 * made (已上门 or later), or the service request was closed. Such a request ends 已撤回 with this reason.
 */
export const dispatchChangeLapses = ['visited', 'closed'] as const;
export type DispatchChangeLapse = (typeof dispatchChangeLapses)[number];

/** SVC-2: change a planned dispatch (`requestId` is the service request). */
export interface DispatchChangeApprovalRequest extends RequestBase {
  kind: 'dispatchChange';
  requestId: number;
  /** The service request's number (FW…), for the lists. */
  requestNo: string;
  /** The plan when the change was asked: approving refuses if it has changed since. */
  from: Dispatch;
  to: Dispatch;
  /** Set when the request was closed because the change no longer applies (see `lapseChange`). */
  lapsed?: DispatchChangeLapse;
}

export type ApprovalRequest = DayReopenRequest | DispatchChangeApprovalRequest;

export interface Requester {
  staffId: number;
  name: string;
}

/** A key of this dictionary section: the compiler refuses a message that has no text. */
export type ApprovalMessage = keyof typeof approvalRequestStrings.zh;

function issue(path: string, message: ApprovalMessage): Issue {
  return { path, message };
}

/** Longest note a supervisor may write (the same cap as the service texts). */
export const decisionNoteMaxLength = 2000;

/**
 * The underlying validators demand the supervisor's signature; a request is exactly the thing asked
 * before there is one, so their 'approval' issue is left out here and checked when it is approved.
 */
const notSignedYet = (issues: Issue[]) => issues.filter((i) => i.path !== 'approval');
const unsigned: Approval = { supervisorId: 0, supervisorName: '', at: 0, note: '' };

/** WH-1: a reopen may be asked for a settled day, with a reason, once while one waits. */
export function validateDayReopenRequest(input: { day: string; reason: string; at: number }, ctx: { settled: boolean; waiting: boolean }): Issue[] {
  const settled = new Set(ctx.settled ? [input.day] : []);
  const issues = notSignedYet(validateReopen({ day: input.day, at: input.at, reason: input.reason, approval: unsigned }, settled));
  if (ctx.waiting) issues.push(issue('day', 'approvals.error.reopenAlreadyWaiting'));
  return issues;
}

export function dayReopenRequest(input: { day: string; reason: string }, by: Requester, at: number): DayReopenRequest {
  return { kind: 'dayReopen', status: 'waiting', day: input.day, reason: input.reason.trim(), at, byId: by.staffId, byName: by.name };
}

/** The fields that make a plan (its order-free form), to tell whether it is still the one asked about. */
function planKey(plan: Dispatch): string {
  const b = plan.borrowed;
  return JSON.stringify([plan.technicianIds, plan.plannedAt, b ? [b.department.trim(), b.managerName.trim(), b.approvedAt] : null]);
}

export function isSamePlan(a: Dispatch | undefined, b: Dispatch | undefined): boolean {
  return a !== undefined && b !== undefined && planKey(a) === planKey(b);
}

/**
 * SVC-2: a change may be asked for a dispatched request with a reason and a valid new plan that differs
 * from the current one, once while one waits. The rules are those of `changeDispatch` itself.
 */
export function validateDispatchChangeRequest(
  req: ServiceRequest,
  input: { to: Dispatch; reason: string; at: number },
  ctx: { waiting: boolean },
): Issue[] {
  const result = changeDispatch(req, { to: input.to, reason: input.reason, at: input.at });
  const issues = result.ok ? [] : notSignedYet(result.issues);
  // changeDispatch compares the plans only once everything else passes, the signature included.
  if (issues.length === 0 && isSamePlan(req.dispatch, input.to)) issues.push({ path: 'dispatch', message: 'service.dispatch.error.unchanged' });
  if (ctx.waiting) issues.push(issue('requestId', 'approvals.error.changeAlreadyWaiting'));
  return issues;
}

export function dispatchChangeRequest(
  req: ServiceRequest & { id: number; dispatch: Dispatch },
  input: { to: Dispatch; reason: string },
  by: Requester,
  at: number,
): DispatchChangeApprovalRequest {
  return {
    kind: 'dispatchChange', status: 'waiting', requestId: req.id, requestNo: req.no, from: req.dispatch, to: input.to,
    reason: input.reason.trim(), at, byId: by.staffId, byName: by.name,
  };
}

export type Decision = 'approved' | 'declined';

/** Only a waiting request is decided; declining needs the supervisor's note. */
export function validateDecision(req: Pick<ApprovalRequest, 'status'>, decision: Decision, note: string): Issue[] {
  if (req.status !== 'waiting') return [issue('status', 'approvals.error.notWaiting')];
  const text = note.trim();
  if (decision === 'declined' && text === '') return [issue('note', 'approvals.error.noteRequired')];
  return text.length > decisionNoteMaxLength ? [issue('note', 'approvals.error.noteTooLong')] : [];
}

export function decide<R extends ApprovalRequest>(req: R, decision: Decision, by: Requester, note: string, at: number): R {
  const text = note.trim();
  return { ...req, status: decision, decidedAt: at, decidedById: by.staffId, decidedByName: by.name, ...(text ? { decisionNote: text } : {}) };
}

/** The person who asked may take a waiting request back. */
export function validateWithdraw(req: Pick<ApprovalRequest, 'status' | 'byId'>, by: Requester): Issue[] {
  if (req.status !== 'waiting') return [issue('status', 'approvals.error.notWaiting')];
  return req.byId === by.staffId ? [] : [issue('byId', 'approvals.error.notRequester')];
}

export function withdraw<R extends ApprovalRequest>(req: R, by: Requester, at: number): R {
  return { ...req, status: 'withdrawn', decidedAt: at, decidedById: by.staffId, decidedByName: by.name };
}

/**
 * SVC-2: a plan change applies only while the request is still 已派工. Once the visit was made or the
 * request closed, the change no longer applies: this says why (null while it still applies).
 */
export function dispatchChangeLapse(status: ServiceRequest['status']): DispatchChangeLapse | null {
  if (status === 'dispatched') return null;
  return status === 'closed' ? 'closed' : 'visited';
}

/** A waiting change that no longer applies ends withdrawn, with its reason; `by` is who caused it. */
export function lapseChange(req: DispatchChangeApprovalRequest, because: DispatchChangeLapse, by: Requester, at: number): DispatchChangeApprovalRequest {
  return { ...req, status: 'withdrawn', lapsed: because, decidedAt: at, decidedById: by.staffId, decidedByName: by.name };
}

/**
 * SVC-2: the visit waits for the director: while a change of its plan waits for approval, the visit
 * cannot be marked made (the supervisor approves or declines first, or the clerk withdraws it).
 */
export function visitWaitIssues(changeWaiting: boolean): Issue[] {
  return changeWaiting ? [issue('status', 'approvals.error.visitWaitsForChange')] : [];
}
