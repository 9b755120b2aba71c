import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { reviewOverdueMs } from '@shared/review/review';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { createOutstandingIssue, outstandingForSource } from './outstanding-repo';
import { listReviewQueue, reviewOverdueCount, reviewPackEntries, reviewRecords, reviewsOf } from './reviews-repo';
import { createServiceCard } from './service-cards-repo';
import { createServiceReport } from './service-reports-repo';
import { day, hour, openServiceWorld, type ServiceWorld } from './service-test-world';

let w: ServiceWorld;
let productId: number;
beforeEach(async () => {
  w = await openServiceWorld();
  productId = await w.product('JS-01');
});
afterEach(async () => {
  await w.db.delete();
});

const card = (at: number) =>
  createServiceCard(w.db, w.clerk, { customerId: w.customerId, productId, serialNo: 'SN', serviceDate: '2026-11-27', content: '更换滤芯', technicianId: w.tech.staffId }, at);

describe('review queue (REV-1)', () => {
  it('a new call enters the queue in its own transaction', async () => {
    const callId = await w.call();
    expect(await w.db.reviewQueue.get(['callLogs', callId])).toMatchObject({ kind: 'callLogs', recordId: callId });
  });

  it('lists unreviewed records oldest first with their records and counts', async () => {
    const late = await card(w.t0 + hour);
    const early = await card(w.t0);
    const { report } = await createServiceReport(w.db, w.clerk, w.reportInput(), {}, w.t0 + 2 * hour);
    const page = await listReviewQueue(w.db, { now: w.t0 + 3 * hour });
    expect(page.entries.map((e) => [e.item.kind, e.item.recordId])).toEqual([['serviceCards', early.id], ['serviceCards', late.id], ['serviceReports', report.id]]);
    expect(page.entries[0]?.record).toEqual({ kind: 'serviceCards', record: early });
    expect([page.total, page.overdue]).toEqual([3, 0]);
    const limited = await listReviewQueue(w.db, { now: w.t0, limit: 1, kinds: ['serviceReports'] });
    expect([limited.entries.map((e) => e.item.recordId), limited.total]).toEqual([[report.id], 1]);
  });

  it('REV-1: overdue exactly after 7 days, not at 7 days', async () => {
    await card(w.t0);
    const at7 = await listReviewQueue(w.db, { now: w.t0 + reviewOverdueMs });
    expect([at7.entries[0]?.overdue, at7.overdue]).toEqual([false, 0]);
    const after = await listReviewQueue(w.db, { now: w.t0 + reviewOverdueMs + 1 });
    expect([after.entries[0]?.overdue, after.overdue]).toEqual([true, 1]);
    expect(await reviewOverdueCount(w.db, w.t0 + 7 * day + 1)).toBe(1);
    expect((await listReviewQueue(w.db, { now: w.t0 + reviewOverdueMs + 1, kinds: ['serviceCards', 'callLogs'] })).overdue).toBe(1);
  });

  it('REV-1: reviews many at once with one comment; they leave the queue, each review audited', async () => {
    const a = await card(w.t0);
    const b = await card(w.t0 + 1);
    const out = await reviewRecords(w.db, w.boss, [{ kind: 'serviceCards', recordId: a.id }, { kind: 'serviceCards', recordId: b.id }], { comment: '已核查' }, w.t0 + day);
    expect(out.reviewIds).toHaveLength(2);
    expect(out.outstandingId).toBeUndefined();
    expect(await w.db.reviewQueue.count()).toBe(0);
    expect(await reviewsOf(w.db, { kind: 'serviceCards', recordId: a.id })).toMatchObject([{ reviewerName: '张主管', comment: '已核查', at: w.t0 + day }]);
    expect(await recordHistory(w.db, 'reviews', out.reviewIds[0] ?? 0)).toHaveLength(1);
    const again = await reviewRecords(w.db, w.boss, [{ kind: 'serviceCards', recordId: a.id }], { comment: '' }, w.t0 + day).catch((e: unknown) => e);
    expect(again instanceof ValidationError && again.issues).toEqual([{ path: 'targets.0', message: 'review.error.alreadyReviewed' }]);
  });

  it('REV-1: a follow-up becomes an outstanding issue, which itself waits for review', async () => {
    const a = await card(w.t0);
    const out = await reviewRecords(w.db, w.boss, [{ kind: 'serviceCards', recordId: a.id }], {
      comment: '需回访', followUp: { description: '一周后回访客户', ownerId: w.tech.staffId, dueDate: '2026-12-04' },
    }, w.t0 + day);
    const issues = await outstandingForSource(w.db, { kind: 'serviceCards', id: a.id });
    expect(issues.map((i) => [i.id, i.description])).toEqual([[out.outstandingId, '一周后回访客户']]);
    expect((await listReviewQueue(w.db, { now: w.t0 + day })).entries.map((e) => e.item.kind)).toEqual(['outstandingIssues']);
  });

  it('only a supervisor reviews; a follow-up without an owner is refused and nothing is written', async () => {
    const a = await card(w.t0);
    await expect(reviewRecords(w.db, w.clerk, [{ kind: 'serviceCards', recordId: a.id }], { comment: '' }, w.t0)).rejects.toBeInstanceOf(PermissionError);
    const refused = await reviewRecords(w.db, w.boss, [{ kind: 'serviceCards', recordId: a.id }], { comment: '', followUp: { description: '回访', dueDate: '2026-12-04' } }, w.t0).catch((e: unknown) => e);
    expect(refused instanceof ValidationError && refused.issues.map((i) => i.path)).toEqual(['followUp.ownerId']);
    expect([await w.db.reviews.count(), await w.db.reviewQueue.count()]).toEqual([0, 1]);
  });

  it("REV-1: the weekly pack holds the week's records with their review comments", async () => {
    const callId = await w.call({ at: w.t0 }, w.t0);
    const a = await card(w.t0);
    await card(w.t0 - 10 * day); // the week before
    await createOutstandingIssue(w.db, w.clerk, { description: '主板待更换', source: { kind: 'callLogs', id: callId }, ownerId: w.tech.staffId, dueDate: '2026-12-04' }, w.t0);
    await reviewRecords(w.db, w.boss, [{ kind: 'serviceCards', recordId: a.id }], { comment: '已核查' }, w.t0 + hour);
    const entries = await reviewPackEntries(w.db, { from: '2026-11-23', to: '2026-11-29' }, 'zh-CN');
    expect(entries.map((e) => e.kind).sort()).toEqual(['callLogs', 'outstandingIssues', 'serviceCards']);
    expect(entries.find((e) => e.kind === 'serviceCards')).toMatchObject({ recordId: a.id, comment: '已核查', subject: 'FK20261127-001\n张伟' });
    expect(entries.find((e) => e.kind === 'callLogs')?.detail).toContain('报修');
  });
});
