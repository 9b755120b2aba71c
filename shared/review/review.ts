import type { Actor } from '../auth/roles';
import type { RecordKind } from '../domain/retention';
import { issue, textIssues } from '../service/messages';
import { validateDraft, type OutstandingDraft } from '../service/outstanding';
import { okUnless, refused, type Result } from '../service/result';
import type { Issue } from '../validation';

/** REV-1: the quality records the supervisor reviews at least once a week. */
export const reviewableKinds = ['serviceReports', 'serviceCards', 'outstandingIssues', 'callLogs'] as const satisfies readonly RecordKind[];
export type ReviewableKind = (typeof reviewableKinds)[number];

export function isReviewableKind(kind: string): kind is ReviewableKind {
  return reviewableKinds.some((k) => k === kind);
}

export interface ReviewTarget {
  kind: ReviewableKind;
  recordId: number;
}

/** A problem the reviewer wants followed: it becomes an outstanding issue. */
export interface FollowUp {
  description: string;
  ownerId: number;
  dueDate: string;
}

/** 审阅: one reviewed record. */
export interface Review extends ReviewTarget {
  id?: number;
  reviewerId: number;
  reviewerName: string;
  at: number;
  comment: string;
  followUp?: FollowUp;
}

/** REV-1: a record is overdue for review once more than 7 × 24 h have passed since it was created. */
export const reviewOverdueMs = 7 * 24 * 60 * 60 * 1000;

/** REV-1: overdue strictly after 7 days: at exactly 7 × 24 h it is still on time. */
export function isReviewOverdue(createdAt: number, now: number): boolean {
  return now - createdAt > reviewOverdueMs;
}

/** An unreviewed record as the queue sees it. */
export interface ReviewItem extends ReviewTarget {
  createdAt: number;
}

/** The record as given (not copied: the queue may hold hundreds of thousands) and its overdue flag. */
export interface QueueEntry<T extends ReviewItem = ReviewItem> {
  item: T;
  overdue: boolean;
}

const kindRank: Readonly<Record<ReviewableKind, number>> = { serviceReports: 0, serviceCards: 1, outstandingIssues: 2, callLogs: 3 };

function compareItems(a: ReviewItem, b: ReviewItem): number {
  return a.createdAt - b.createdAt || kindRank[a.kind] - kindRank[b.kind] || a.recordId - b.recordId;
}

function isInOrder(items: readonly ReviewItem[]): boolean {
  let prev: ReviewItem | undefined;
  for (const item of items) {
    if (prev && compareItems(prev, item) > 0) return false;
    prev = item;
  }
  return true;
}

/**
 * REV-1: the review queue: unreviewed records oldest first, each flagged when overdue. Items usually
 * arrive in creation order from an index, so the sort is skipped when they already are.
 */
export function reviewQueue<T extends ReviewItem>(items: readonly T[], now: number): QueueEntry<T>[] {
  const cutoff = now - reviewOverdueMs;
  const ordered = isInOrder(items) ? items : [...items].sort(compareItems);
  return ordered.map((item) => ({ item, overdue: item.createdAt < cutoff }));
}

export function overdueCount(items: readonly Pick<ReviewItem, 'createdAt'>[], now: number): number {
  let n = 0;
  for (const item of items) if (isReviewOverdue(item.createdAt, now)) n++;
  return n;
}

export interface ReviewInput {
  reviewer: Pick<Actor, 'staffId' | 'name' | 'roles'>;
  at: number;
  comment: string;
  /** Optional; the owner and due date are required once a description is given. */
  followUp?: Partial<FollowUp>;
}

export interface ReviewOutcome {
  reviews: Review[];
  /** The follow-up as an outstanding-issue draft, sourced from the first record reviewed. */
  followUp?: OutstandingDraft;
}

function followUpDraft(first: ReviewTarget, f: Partial<FollowUp> | undefined): OutstandingDraft | undefined {
  if (!f || (f.description ?? '').trim() === '') return undefined;
  return {
    description: (f.description ?? '').trim(),
    source: { kind: first.kind, id: first.recordId },
    ...(f.ownerId !== undefined ? { ownerId: f.ownerId } : {}),
    ...(f.dueDate !== undefined ? { dueDate: f.dueDate } : {}),
  };
}

function targetIssues(targets: readonly ReviewTarget[]): Issue[] {
  if (targets.length === 0) return [issue('targets', 'review.error.nothingSelected')];
  return targets.flatMap((t, i) => (isReviewableKind(t.kind) ? [] : [issue(`targets.${i}.kind`, 'review.error.notReviewable')]));
}

/**
 * REV-1: the supervisor reviews one or many records with one comment and an optional follow-up;
 * each record gets its review, and the follow-up becomes one outstanding issue.
 */
export function reviewRecords(targets: readonly ReviewTarget[], input: ReviewInput): Result<ReviewOutcome> {
  if (!input.reviewer.roles.includes('supervisor')) return refused([issue('reviewer', 'review.error.notSupervisor')]);
  const issues = targetIssues(targets);
  const [first] = targets;
  if (issues.length > 0 || !first) return refused(issues);
  const comment = input.comment.trim();
  if (textIssues(comment, 'comment').length > 0) issues.push(issue('comment', 'review.error.commentTooLong'));
  const draft = followUpDraft(first, input.followUp);
  if (draft) issues.push(...validateDraft(draft).map((i) => ({ ...i, path: `followUp.${i.path}` })));
  return okUnless(issues, () => {
    const followUp = draft?.ownerId !== undefined && draft.dueDate !== undefined
      ? { description: draft.description, ownerId: draft.ownerId, dueDate: draft.dueDate }
      : undefined;
    const reviews = targets.map((t): Review => ({
      kind: t.kind, recordId: t.recordId, reviewerId: input.reviewer.staffId, reviewerName: input.reviewer.name,
      at: input.at, comment, ...(followUp ? { followUp } : {}),
    }));
    return { reviews, ...(draft ? { followUp: draft } : {}) };
  });
}
