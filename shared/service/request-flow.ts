import type { Approval } from '../auth/approval';
import { isApprovalFresh } from '../auth/approval';
import { isApprovalRecorded } from '../stock/approvals';
import type { Issue } from '../validation';
import { isId, isInstant, issue, textIssues } from './messages';
import type { Analysis, Dispatch, RequestStatus, ServiceRequest } from './request';
import { ok, okUnless, refused, type Result } from './result';

/** The forward path of a request; 已关闭 is reached by `closeRequest`. */
export const statusOrder = ['registered', 'analysed', 'dispatched', 'visited', 'completed'] as const satisfies readonly RequestStatus[];

export function nextStatus(status: RequestStatus): RequestStatus | undefined {
  const i = statusOrder.findIndex((s) => s === status);
  return i < 0 ? undefined : statusOrder[i + 1];
}

const closedIssue = (): Issue[] => [issue('status', 'service.status.error.closed')];
const orderIssue = (): Issue[] => [issue('status', 'service.status.error.order')];

/** SVC-1: each of the three parts of the analysis, at its own field. */
export function analysisIssues(a: Analysis | undefined): Issue[] {
  return [
    ...textIssues(a?.likelyCause ?? '', 'analysis.likelyCause', 'service.analysis.error.causeRequired'),
    ...textIssues(a?.referenceSolution ?? '', 'analysis.referenceSolution', 'service.analysis.error.solutionRequired'),
    ...textIssues(a?.materials ?? '', 'analysis.materials', 'service.analysis.error.materialsRequired'),
  ];
}

export function isAnalysisComplete(a: Analysis | undefined): a is Analysis {
  return analysisIssues(a).length === 0;
}

/** SVC-1: the analysis is recorded (or corrected) before dispatch; it moves the request to 已分析. */
export function analyseRequest(req: ServiceRequest, analysis: Analysis): Result<ServiceRequest> {
  if (req.status === 'closed') return refused(closedIssue());
  if (req.status !== 'registered' && req.status !== 'analysed') return refused([issue('analysis', 'service.analysis.error.locked')]);
  const trimmed: Analysis = {
    likelyCause: analysis.likelyCause.trim(),
    referenceSolution: analysis.referenceSolution.trim(),
    materials: analysis.materials.trim(),
  };
  return okUnless(analysisIssues(trimmed), () => ({ ...req, analysis: trimmed, status: 'analysed' }));
}

/** SVC-2: a borrowed technician comes with the lending department's manager's approval, given first. */
function borrowedIssues(plan: Dispatch, at: number): Issue[] {
  const b = plan.borrowed;
  if (!b) return [];
  const issues = [
    ...textIssues(b.department, 'borrowed.department', 'service.dispatch.error.borrowDepartmentRequired'),
    ...textIssues(b.managerName, 'borrowed.managerName', 'service.dispatch.error.borrowManagerRequired'),
  ];
  if (!isInstant(b.approvedAt) || b.approvedAt > at) issues.push(issue('borrowed.approvedAt', 'service.dispatch.error.borrowApprovedAtRequired'));
  return issues;
}

/** A plan's own fields: at least one technician (each once), a planned time, and SVC-2 for a borrowed one. */
export function dispatchPlanIssues(plan: Dispatch, at: number): Issue[] {
  const issues: Issue[] = [];
  if (plan.technicianIds.length === 0) issues.push(issue('technicianIds', 'service.dispatch.error.technicianRequired'));
  plan.technicianIds.forEach((id, i) => {
    if (!isId(id)) issues.push(issue(`technicianIds.${i}`, 'service.dispatch.error.technicianRequired'));
    else if (plan.technicianIds.indexOf(id) !== i) issues.push(issue(`technicianIds.${i}`, 'service.dispatch.error.duplicateTechnician'));
  });
  if (!isInstant(plan.plannedAt)) issues.push(issue('plannedAt', 'service.dispatch.error.plannedAtRequired'));
  return [...issues, ...borrowedIssues(plan, at)];
}

function normalizePlan(plan: Dispatch): Dispatch {
  const b = plan.borrowed;
  return {
    technicianIds: [...plan.technicianIds],
    plannedAt: plan.plannedAt,
    ...(b ? { borrowed: { department: b.department.trim(), managerName: b.managerName.trim(), approvedAt: b.approvedAt } } : {}),
  };
}

/**
 * SVC-1: nobody is dispatched before the problem is analysed (likely cause, reference solution and
 * materials all filled in). `at` is when the dispatch is recorded.
 */
export function dispatchRequest(req: ServiceRequest, plan: Dispatch, at: number): Result<ServiceRequest> {
  if (req.status === 'closed') return refused(closedIssue());
  if (!isAnalysisComplete(req.analysis)) return refused([issue('analysis', 'service.dispatch.error.analysisRequired')]);
  if (req.status !== 'analysed') return refused(orderIssue());
  const issues = [...dispatchPlanIssues(plan, at)];
  if (req.address.trim() === '') issues.push(issue('address', 'service.dispatch.error.addressRequired'));
  return okUnless(issues, () => ({ ...req, dispatch: normalizePlan(plan), status: 'dispatched' }));
}

export interface DispatchChangeInput {
  to: Dispatch;
  reason: string;
  /** The director's approval (领导签字), given with a supervisor's PIN right before the change. */
  approval?: Approval;
  at: number;
}

function sameDispatch(a: Dispatch, b: Dispatch): boolean {
  return JSON.stringify(normalizePlan(a)) === JSON.stringify(normalizePlan(b));
}

function approvalIssues(approval: Approval | undefined, at: number): Issue[] {
  if (!isApprovalRecorded(approval)) return [issue('approval', 'service.dispatch.error.changeApprovalRequired')];
  return isApprovalFresh(approval, at) ? [] : [issue('approval', 'service.dispatch.error.approvalStale')];
}

/**
 * SVC-2: a planned dispatch changes only with a reason and the supervisor's approval; the change
 * (from, to, reason, approval) is appended to the request's history.
 */
export function changeDispatch(req: ServiceRequest, change: DispatchChangeInput): Result<ServiceRequest> {
  if (req.status === 'closed') return refused(closedIssue());
  const from = req.dispatch;
  if (req.status !== 'dispatched' || !from) return refused([issue('dispatch', 'service.dispatch.error.notPlanned')]);
  const issues = [
    ...textIssues(change.reason, 'reason', 'service.dispatch.error.changeReasonRequired'),
    ...approvalIssues(change.approval, change.at),
    ...dispatchPlanIssues(change.to, change.at),
  ];
  if (issues.length === 0 && sameDispatch(from, change.to)) issues.push(issue('dispatch', 'service.dispatch.error.unchanged'));
  const approval = change.approval;
  if (issues.length > 0 || !approval) return refused(issues);
  const to = normalizePlan(change.to);
  return ok({ ...req, dispatch: to, dispatchChanges: [...req.dispatchChanges, { at: change.at, from, to, reason: change.reason.trim(), approval }] });
}

function step(req: ServiceRequest, to: RequestStatus): Result<ServiceRequest> {
  if (req.status === 'closed') return refused(closedIssue());
  return nextStatus(req.status) === to ? ok({ ...req, status: to }) : refused(orderIssue());
}

/** 已派工 → 已上门. */
export function markVisited(req: ServiceRequest): Result<ServiceRequest> {
  return step(req, 'visited');
}

/** 已上门 → 已完成. */
export function markCompleted(req: ServiceRequest): Result<ServiceRequest> {
  return step(req, 'completed');
}

/** 已关闭: the end of a completed request, or giving up on an open one, which needs a reason. */
export function closeRequest(req: ServiceRequest, reason = ''): Result<ServiceRequest> {
  if (req.status === 'closed') return refused(closedIssue());
  const text = reason.trim();
  const issues = req.status === 'completed' ? textIssues(text, 'closeReason') : textIssues(text, 'closeReason', 'service.status.error.closeReasonRequired');
  return okUnless(issues, () => ({ ...req, status: 'closed', ...(text ? { closeReason: text } : {}) }));
}
