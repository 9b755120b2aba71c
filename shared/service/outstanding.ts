import { isIsoDate } from '../domain/local-date';
import type { Issue } from '../validation';
import { isId, isInstant, issue, textIssues } from './messages';
import { ok, okUnless, refused, type Result } from './result';

/** 未处理 / 处理中 / 已关闭. */
export const outstandingStatuses = ['open', 'inProgress', 'closed'] as const;
export type OutstandingStatus = (typeof outstandingStatuses)[number];

/** The records an outstanding issue can come from (a report, a review of any quality record, a request, a shipment's callback problem). */
export const sourceKinds = ['serviceReports', 'serviceCards', 'outstandingIssues', 'callLogs', 'serviceRequests', 'shipments'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export interface SourceRef {
  kind: SourceKind;
  id: number;
}

/** 遗留问题记录 (permanent): open until closed with a resolution (SVC-3). */
export interface OutstandingIssue {
  id?: number;
  description: string;
  source: SourceRef;
  ownerId: number;
  /** YYYY-MM-DD, local. */
  dueDate: string;
  status: OutstandingStatus;
  resolution?: string;
  /** Epoch ms. */
  closedAt?: number;
  createdAt: number;
}

/** An issue not yet saved: the form fills in or confirms the owner and due date. */
export type OutstandingDraft = Pick<OutstandingIssue, 'description' | 'source'> & Partial<Pick<OutstandingIssue, 'ownerId' | 'dueDate'>>;

function sourceIssues(source: SourceRef): Issue[] {
  return sourceKinds.includes(source.kind) && isId(source.id) ? [] : [issue('source', 'service.outstanding.error.badSource')];
}

/** The fields every outstanding issue needs: description, source, owner and a due date. */
export function validateDraft(d: OutstandingDraft): Issue[] {
  const issues = [...textIssues(d.description, 'description', 'service.outstanding.error.descriptionRequired'), ...sourceIssues(d.source)];
  if (!isId(d.ownerId)) issues.push(issue('ownerId', 'service.outstanding.error.ownerRequired'));
  if (d.dueDate === undefined || !isIsoDate(d.dueDate)) issues.push(issue('dueDate', 'service.outstanding.error.dueDateRequired'));
  return issues;
}

/** A stored issue: the draft fields, a known status, and a closed one with its resolution and time. */
export function validateOutstanding(i: OutstandingIssue): Issue[] {
  const issues = validateDraft(i);
  if (!outstandingStatuses.includes(i.status)) issues.push(issue('status', 'service.outstanding.error.badStatus'));
  issues.push(...textIssues(i.resolution ?? '', 'resolution', i.status === 'closed' ? 'service.outstanding.error.resolutionRequired' : undefined));
  if (i.status === 'closed' && !isInstant(i.closedAt)) issues.push(issue('closedAt', 'service.outstanding.error.closedAtRequired'));
  return issues;
}

/** A new, open issue from a checked draft. */
export function openOutstanding(draft: OutstandingDraft, at: number): Result<OutstandingIssue> {
  const { ownerId, dueDate } = draft;
  const issues = validateDraft(draft);
  if (issues.length > 0 || ownerId === undefined || dueDate === undefined) return refused(issues);
  return ok({ description: draft.description.trim(), source: { ...draft.source }, ownerId, dueDate, status: 'open', createdAt: at });
}

/** 未处理 → 处理中. */
export function startOutstanding(i: OutstandingIssue): Result<OutstandingIssue> {
  if (i.status === 'closed') return refused([issue('status', 'service.outstanding.error.alreadyClosed')]);
  return ok({ ...i, status: 'inProgress' });
}

/** SVC-3: an issue stays on record until closed, and it is closed only with its resolution. */
export function closeOutstanding(i: OutstandingIssue, resolution: string, at: number): Result<OutstandingIssue> {
  if (i.status === 'closed') return refused([issue('status', 'service.outstanding.error.alreadyClosed')]);
  const issues = textIssues(resolution, 'resolution', 'service.outstanding.error.resolutionRequired');
  if (!isInstant(at)) issues.push(issue('closedAt', 'service.outstanding.error.closedAtRequired'));
  return okUnless(issues, () => ({ ...i, status: 'closed', resolution: resolution.trim(), closedAt: at }));
}

/** Not closed and its due date has passed (an issue due today is not yet overdue). */
export function isOutstandingOverdue(i: Pick<OutstandingIssue, 'status' | 'dueDate'>, today: string): boolean {
  return i.status !== 'closed' && i.dueDate < today;
}

/** The overdue list: open and in-progress issues past their due date, the longest overdue first. */
export function overdueIssues<T extends Pick<OutstandingIssue, 'status' | 'dueDate' | 'createdAt'>>(issues: readonly T[], today: string): T[] {
  return issues
    .filter((i) => isOutstandingOverdue(i, today))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.createdAt - b.createdAt));
}
