import Dexie from 'dexie';
import type { CallLog } from '@shared/domain/call-log';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import {
  reviewableKinds,
  reviewOverdueMs,
  reviewQueue,
  reviewRecords as reviewRule,
  type FollowUp,
  type QueueEntry,
  type ReviewableKind,
  type ReviewTarget,
} from '@shared/review/review';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';
import { insertOutstanding, outstandingTables } from './outstanding-repo';
import type { ReviewQueueRow, StoredOutstandingIssue, StoredReview, StoredServiceCard, StoredServiceReport } from './schema-v5';
import { refuse, valueOrThrow } from './service-shared';

export type { ReviewQueueRow, StoredReview } from './schema-v5';

export type ReviewRecord =
  | { kind: 'serviceReports'; record: StoredServiceReport }
  | { kind: 'serviceCards'; record: StoredServiceCard }
  | { kind: 'outstandingIssues'; record: StoredOutstandingIssue }
  | { kind: 'callLogs'; record: CallLog & { id: number } };

/** A pending review with its record (absent if the record has gone, e.g. removed after its year). */
export type ReviewQueueEntry = QueueEntry<ReviewQueueRow> & { record?: ReviewRecord };

export interface ReviewQueuePage {
  entries: ReviewQueueEntry[];
  /** Pending reviews of the chosen kinds, the whole queue. */
  total: number;
  /** Of those, unreviewed for more than 7 days (REV-1). */
  overdue: number;
}

export interface ReviewQueueOptions {
  /** How many of the oldest entries to return (default 200); the counts cover the whole queue. */
  limit?: number;
  kinds?: readonly ReviewableKind[];
  now?: number;
}

async function oldestOfKind(db: AppDB, kind: ReviewableKind, limit: number): Promise<ReviewQueueRow[]> {
  return db.reviewQueue.where('[kind+createdAt]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).limit(limit).toArray();
}

/**
 * Total and overdue counts. IndexedDB counts by walking the range, so the overdue count is taken as the
 * total minus the few records of the last 7 days rather than by walking the (large) overdue part twice.
 */
function countsOf(db: AppDB, kinds: readonly ReviewableKind[] | undefined, cutoff: number): Promise<{ total: number; overdue: number }> {
  // One read transaction: the total and the recent count see the same queue.
  return db.transaction('r', db.reviewQueue, () => countsIn(db, kinds, cutoff));
}

async function countsIn(db: AppDB, kinds: readonly ReviewableKind[] | undefined, cutoff: number): Promise<{ total: number; overdue: number }> {
  if (!kinds) {
    const [total, recent] = await Promise.all([db.reviewQueue.count(), db.reviewQueue.where('createdAt').aboveOrEqual(cutoff).count()]);
    return { total, overdue: total - recent };
  }
  const per = await Promise.all(
    kinds.map(async (k) => {
      const [total, recent] = await Promise.all([
        db.reviewQueue.where('[kind+createdAt]').between([k, Dexie.minKey], [k, Dexie.maxKey]).count(),
        db.reviewQueue.where('[kind+createdAt]').between([k, cutoff], [k, Dexie.maxKey], true, true).count(),
      ]);
      return { total, overdue: total - recent };
    }),
  );
  return per.reduce((a, b) => ({ total: a.total + b.total, overdue: a.overdue + b.overdue }), { total: 0, overdue: 0 });
}

/** The records of queue rows, fetched per kind with one bulkGet each. */
async function recordsOf(db: AppDB, rows: readonly ReviewQueueRow[]): Promise<Map<string, ReviewRecord>> {
  const ids = (kind: ReviewableKind) => rows.filter((r) => r.kind === kind).map((r) => r.recordId);
  const [reports, cards, issues, calls] = await Promise.all([
    db.serviceReports.bulkGet(ids('serviceReports')),
    db.serviceCards.bulkGet(ids('serviceCards')),
    db.outstandingIssues.bulkGet(ids('outstandingIssues')),
    db.callLogs.bulkGet(ids('callLogs')),
  ]);
  const out = new Map<string, ReviewRecord>();
  for (const r of reports) if (r) out.set(`serviceReports:${r.id}`, { kind: 'serviceReports', record: r });
  for (const c of cards) if (c) out.set(`serviceCards:${c.id}`, { kind: 'serviceCards', record: c });
  for (const i of issues) if (i) out.set(`outstandingIssues:${i.id}`, { kind: 'outstandingIssues', record: i });
  for (const c of calls) if (c?.id !== undefined) out.set(`callLogs:${c.id}`, { kind: 'callLogs', record: { ...c, id: c.id } });
  return out;
}

/**
 * REV-1: the supervisor's review queue, oldest first, each entry flagged when unreviewed for more than
 * 7 days. Reads only the small pending-queue index, so it stays fast with hundreds of thousands of calls.
 */
export async function listReviewQueue(db: AppDB, options: ReviewQueueOptions = {}): Promise<ReviewQueuePage> {
  const limit = Math.max(0, Math.floor(options.limit ?? 200));
  const now = options.now ?? Date.now();
  const kinds = options.kinds && options.kinds.length < reviewableKinds.length ? [...new Set(options.kinds)] : undefined;
  const cutoff = now - reviewOverdueMs;
  const [rows, counts] = await Promise.all([
    kinds ? Promise.all(kinds.map((k) => oldestOfKind(db, k, limit))).then((lists) => lists.flat()) : db.reviewQueue.orderBy('createdAt').limit(limit).toArray(),
    countsOf(db, kinds, cutoff),
  ]);
  const ordered = reviewQueue(rows, now).slice(0, limit);
  const records = await recordsOf(db, ordered.map((e) => e.item));
  const entries = ordered.map((e): ReviewQueueEntry => {
    const record = records.get(`${e.item.kind}:${e.item.recordId}`);
    return record ? { ...e, record } : e;
  });
  return { entries, ...counts };
}

/** REV-1: how many records have waited more than 7 days (Today board, header). */
export async function reviewOverdueCount(db: AppDB, now = Date.now()): Promise<number> {
  return (await countsOf(db, undefined, now - reviewOverdueMs)).overdue;
}

export interface ReviewWrite {
  comment: string;
  /** Optional; description + owner + due date make it an outstanding issue. */
  followUp?: Partial<FollowUp>;
}

function distinctTargets(targets: readonly ReviewTarget[]): ReviewTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.kind}:${t.recordId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * REV-1: the supervisor reviews one or many records with one comment: each gets its review and leaves
 * the queue; a follow-up becomes one outstanding issue (sourced from the first record), all audited in
 * one transaction. A record no longer in the queue is refused (it was reviewed meanwhile).
 */
export async function reviewRecords(
  db: AppDB,
  actor: Actor,
  targets: readonly ReviewTarget[],
  input: ReviewWrite,
  now = Date.now(),
): Promise<{ reviewIds: number[]; outstandingId?: number }> {
  assertCan(actor.roles, 'review');
  const list = distinctTargets(targets);
  const outcome = valueOrThrow(reviewRule(list, { reviewer: actor, at: now, comment: input.comment, ...(input.followUp ? { followUp: input.followUp } : {}) }));
  return db.transaction('rw', [db.reviews, ...outstandingTables(db)], async () => {
    const keys = list.map((t): [ReviewableKind, number] => [t.kind, t.recordId]);
    const pending = await db.reviewQueue.bulkGet(keys);
    const missing = pending.findIndex((p) => p === undefined);
    if (missing >= 0) refuse(`targets.${missing}`, 'review.error.alreadyReviewed');
    const reviewIds = await db.reviews.bulkAdd(outcome.reviews, { allKeys: true });
    await db.reviewQueue.bulkDelete(keys);
    for (const [i, review] of outcome.reviews.entries()) {
      const id = reviewIds[i] ?? 0;
      await auditChange(db, actor, { action: 'create', table: 'reviews', recordId: id, after: { ...review }, at: now, ...(review.comment ? { note: review.comment } : {}) });
    }
    const followUp = outcome.followUp ? await insertOutstanding(db, actor, outcome.followUp, now) : undefined;
    return { reviewIds, ...(followUp ? { outstandingId: followUp.id } : {}) };
  });
}

/** A record's reviews, oldest first. */
export function reviewsOf(db: AppDB, target: ReviewTarget): Promise<StoredReview[]> {
  return db.reviews.where('[kind+recordId]').equals([target.kind, target.recordId]).sortBy('id');
}

/** Bench and generated test data only: enqueues rows without audit (the records were bulk-loaded too). */
export async function bulkEnqueueReviews(db: AppDB, rows: readonly ReviewQueueRow[], chunkSize = 20000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    await db.transaction('rw', db.reviewQueue, () => db.reviewQueue.bulkPut(chunk));
  }
}

export { reviewPackEntries } from './review-pack-repo';
