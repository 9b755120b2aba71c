import { describe, expect, it } from 'vitest';
import { isReviewOverdue, overdueCount, reviewOverdueMs, reviewQueue, reviewRecords, type ReviewItem } from './review';

const created = new Date(2026, 10, 20, 9, 0).getTime();
const day = 24 * 60 * 60 * 1000;
const supervisor = { staffId: 9, name: '王主任', roles: ['supervisor' as const] };
const clerk = { staffId: 2, name: '小李', roles: ['frontdesk' as const] };

describe('review deadline (REV-1)', () => {
  it('REV-1: overdue exactly after 7 days (7 × 24 h ± 1 ms, fixed clock)', () => {
    expect(reviewOverdueMs).toBe(7 * day);
    expect(isReviewOverdue(created, created + 7 * day - 1)).toBe(false);
    expect(isReviewOverdue(created, created + 7 * day)).toBe(false);
    expect(isReviewOverdue(created, created + 7 * day + 1)).toBe(true);
  });

  it('REV-1: the queue flags the same boundary', () => {
    const item: ReviewItem = { kind: 'callLogs', recordId: 1, createdAt: created };
    expect(reviewQueue([item], created + 7 * day)[0]?.overdue).toBe(false);
    expect(reviewQueue([item], created + 7 * day + 1)[0]?.overdue).toBe(true);
    expect(overdueCount([item, { createdAt: created + day }], created + 7 * day + 1)).toBe(1);
  });
});

describe('reviewQueue', () => {
  it('REV-1: lists unreviewed records oldest first, ties by kind then id', () => {
    const items: ReviewItem[] = [
      { kind: 'callLogs', recordId: 3, createdAt: created + day },
      { kind: 'serviceCards', recordId: 1, createdAt: created },
      { kind: 'serviceReports', recordId: 2, createdAt: created },
      { kind: 'outstandingIssues', recordId: 4, createdAt: created - 10 * day },
    ];
    const queue = reviewQueue(items, created + 7 * day + 1);
    expect(queue.map((q) => `${q.item.kind}#${q.item.recordId}`)).toEqual(['outstandingIssues#4', 'serviceReports#2', 'serviceCards#1', 'callLogs#3']);
    expect(queue.map((q) => q.overdue)).toEqual([true, true, true, false]);
    expect(items[0]?.recordId).toBe(3); // the input is not reordered
    expect(queue[0]?.item).toBe(items[3]);
  });

  it('keeps records already in order as they are', () => {
    const items: ReviewItem[] = [1, 2, 3].map((i) => ({ kind: 'callLogs', recordId: i, createdAt: created + i }));
    expect(reviewQueue(items, created).map((q) => q.item.recordId)).toEqual([1, 2, 3]);
  });
});

describe('reviewRecords', () => {
  const targets = [
    { kind: 'serviceReports' as const, recordId: 42 },
    { kind: 'callLogs' as const, recordId: 5 },
  ];

  it('REV-1: only a supervisor reviews', () => {
    const r = reviewRecords(targets, { reviewer: clerk, at: created, comment: '已阅' });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'reviewer', message: 'review.error.notSupervisor' }]);
  });

  it('reviews many records with one comment', () => {
    const r = reviewRecords(targets, { reviewer: supervisor, at: created, comment: ' 已阅 ' });
    expect(r.ok && r.value.reviews).toEqual([
      { kind: 'serviceReports', recordId: 42, reviewerId: 9, reviewerName: '王主任', at: created, comment: '已阅' },
      { kind: 'callLogs', recordId: 5, reviewerId: 9, reviewerName: '王主任', at: created, comment: '已阅' },
    ]);
    expect(r.ok && r.value.followUp).toBeUndefined();
  });

  it('REV-1: a follow-up becomes an outstanding-issue draft from the first record', () => {
    const followUp = { description: '回访客户确认维修效果', ownerId: 3, dueDate: '2026-11-30' };
    const r = reviewRecords(targets, { reviewer: supervisor, at: created, comment: '需跟进', followUp });
    expect(r.ok && r.value.followUp).toEqual({ ...followUp, source: { kind: 'serviceReports', id: 42 } });
    expect(r.ok && r.value.reviews[1]?.followUp).toEqual(followUp);
  });

  it('a follow-up without owner or due date is refused at its field', () => {
    const r = reviewRecords(targets, { reviewer: supervisor, at: created, comment: '', followUp: { description: '回访' } });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['followUp.ownerId', 'followUp.dueDate']);
  });

  it('refuses an empty selection and a kind that is not reviewed', () => {
    expect(reviewRecords([], { reviewer: supervisor, at: created, comment: '' }).ok).toBe(false);
    const bad = reviewRecords([{ kind: 'purchaseSlips' as never, recordId: 1 }], { reviewer: supervisor, at: created, comment: '' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.message)).toEqual(['review.error.notReviewable']);
  });
});
