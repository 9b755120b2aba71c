import type { VoidMark } from '../auth/approval';
import { toIsoDate } from '../domain/local-date';
import { addDays } from '../records/periods';
import type { OutboundLine } from '../stock/outbound';
import { quantityIssue } from '../stock/quantity';
import type { Issue } from '../validation';
import { isId, isInstant, issue, textIssues } from './messages';
import type { OutstandingDraft } from './outstanding';

/** 已解决 / 部分解决 / 未解决. */
export const serviceResults = ['resolved', 'partly', 'unresolved'] as const;
export type ServiceResult = (typeof serviceResults)[number];

export interface PartUsed {
  productId: number;
  qty: number;
}

/** 服务报告 (permanent): written after a visit; a wrong one is voided, never deleted (REC-1). */
export interface ServiceReport {
  id?: number;
  requestId?: number;
  customerId: number;
  technicianIds: number[];
  /** Epoch ms. */
  arrivalAt: number;
  departureAt: number;
  workDone: string;
  /** Posted as one outbound movement against stock when the report is saved. */
  partsUsed: PartUsed[];
  result: ServiceResult;
  feedback: string;
  customerSignatureName: string;
  /** SVC-3: each becomes an outstanding issue. */
  unresolvedProblems: string[];
  createdAt: number;
  voided?: VoidMark;
}

export type ServiceReportInput = Omit<ServiceReport, 'id' | 'createdAt' | 'voided'>;

function peopleAndTimeIssues(r: ServiceReportInput): Issue[] {
  const issues: Issue[] = [];
  if (!isId(r.customerId)) issues.push(issue('customerId', 'service.report.error.customerRequired'));
  if (r.technicianIds.length === 0 || !r.technicianIds.every(isId)) issues.push(issue('technicianIds', 'service.report.error.technicianRequired'));
  if (!isInstant(r.arrivalAt)) issues.push(issue('arrivalAt', 'service.report.error.arrivalRequired'));
  if (!isInstant(r.departureAt)) issues.push(issue('departureAt', 'service.report.error.departureRequired'));
  else if (isInstant(r.arrivalAt) && r.departureAt <= r.arrivalAt) issues.push(issue('departureAt', 'service.report.error.departureBeforeArrival'));
  return issues;
}

function partIssues(parts: readonly PartUsed[]): Issue[] {
  return parts.flatMap((p, i) => {
    const issues: Issue[] = isId(p.productId) ? [] : [issue(`partsUsed.${i}.productId`, 'service.report.error.partRequired')];
    const bad = quantityIssue(p.qty, `partsUsed.${i}.qty`);
    return bad ? [...issues, bad] : issues;
  });
}

/** SVC-3: a visit not fully resolved lists what is left open, one non-blank line per problem. */
function problemIssues(r: ServiceReportInput): Issue[] {
  const issues = r.unresolvedProblems.flatMap((text, i) =>
    text.trim() === '' ? [issue(`unresolvedProblems.${i}`, 'service.report.error.problemBlank')] : textIssues(text, `unresolvedProblems.${i}`),
  );
  if (r.result !== 'resolved' && r.unresolvedProblems.length === 0) issues.push(issue('unresolvedProblems', 'service.report.error.problemsRequired'));
  return issues;
}

/** A report without a technician or visit time is refused at the field, like any missing part. */
export function validateReport(r: ServiceReportInput): Issue[] {
  const issues = [...peopleAndTimeIssues(r), ...textIssues(r.workDone, 'workDone', 'service.report.error.workDoneRequired')];
  if (!serviceResults.includes(r.result)) issues.push(issue('result', 'service.report.error.resultRequired'));
  issues.push(...textIssues(r.feedback, 'feedback'));
  issues.push(...textIssues(r.customerSignatureName, 'customerSignatureName', 'service.report.error.signatureRequired'));
  if (r.requestId !== undefined && !isId(r.requestId)) issues.push(issue('requestId', 'service.request.error.badId'));
  return [...issues, ...partIssues(r.partsUsed), ...problemIssues(r)];
}

/** Days from the visit to an outstanding issue's default due date; the form can change it. */
export const outstandingDefaultDays = 7;

export interface OutstandingDefaults {
  /** Defaults to the first technician on the report. */
  ownerId?: number;
  /** Defaults to `outstandingDefaultDays` after the departure day. */
  dueDate?: string;
}

/**
 * SVC-3: every problem the visit left open becomes an outstanding-issue draft, sourced from the
 * saved report, with an owner and a due date to confirm.
 */
export function outstandingFromReport(report: ServiceReport & { id: number }, defaults: OutstandingDefaults = {}): OutstandingDraft[] {
  const ownerId = defaults.ownerId ?? report.technicianIds[0];
  const dueDate = defaults.dueDate ?? addDays(toIsoDate(report.departureAt), outstandingDefaultDays);
  return report.unresolvedProblems
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((description) => ({ description, source: { kind: 'serviceReports', id: report.id }, dueDate, ...(ownerId !== undefined ? { ownerId } : {}) }));
}

/**
 * The lines of the outbound posting (出库) for the parts a visit used: one positive line per product,
 * quantities of repeated products summed. `outboundMovement` (shared/stock) turns them into the movement.
 */
export function partsMovementLines(report: Pick<ServiceReport, 'partsUsed'>): OutboundLine[] {
  const totals = new Map<number, number>();
  for (const p of report.partsUsed) if (p.qty > 0) totals.set(p.productId, (totals.get(p.productId) ?? 0) + p.qty);
  return [...totals].map(([productId, qty]) => ({ productId, qty }));
}

