import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewPackModel } from '@shared/review/review-pack';
import { reviewWeekOf } from '@shared/review/review-week';
import { listReviewQueue, reviewRecords } from './reviews-repo';
import { reviewPackEntries, reviewWeekRecords } from './review-pack-repo';
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

/** t0 is Friday 2026-11-27 10:00: its review week is 11-23 .. 11-29. */
const week = { from: '2026-11-23', to: '2026-11-29' };
const keyOf = (r: { kind: string; recordId?: number; record?: { id: number } }) => `${r.kind}:${r.recordId ?? r.record?.id ?? ''}`;

describe('the review week (REV-1): one set for the screen and the printed pack', () => {
  it('REV-1: the screen\'s week list and the printed pack hold the same records of a week, calls logged late included', async () => {
    const lastWeek = w.t0 - 7 * day;
    // Ten calls entered this week; three of them happened last week and were logged late.
    for (let i = 0; i < 10; i += 1) await w.call({ at: i < 3 ? lastWeek + i * hour : w.t0 + i * 60_000 }, w.t0 + i * 60_000);
    await createServiceCard(w.db, w.clerk, { customerId: w.customerId, productId, serialNo: 'SN', serviceDate: '2026-11-27', content: '更换滤芯', technicianId: w.tech.staffId }, w.t0 + hour);
    const { report } = await createServiceReport(w.db, w.clerk, w.reportInput(), {}, w.t0 + 2 * hour);
    // A call of this week entered only the next Monday belongs to next week's review.
    await w.call({ at: w.t0 + 3 * hour }, w.t0 + 3 * day);
    // Last week's record: not this week.
    await w.call({ at: lastWeek }, lastWeek);
    await reviewRecords(w.db, w.boss, [{ kind: 'serviceReports', recordId: report.id }], { comment: '已核查' }, w.t0 + 4 * hour);

    const screen = await reviewWeekRecords(w.db, week);
    const pack = await reviewPackEntries(w.db, week, 'zh-CN');
    const printed = reviewPackModel(pack, week, 'zh-CN', { now: w.t0 + 5 * hour }).sections.flatMap((s) => s.rows.map((r) => `${s.kind}:${r.recordId}`));
    expect(screen).toHaveLength(12);
    expect(pack.map(keyOf)).toEqual(screen.map(keyOf));
    expect(printed.sort()).toEqual(screen.map(keyOf).sort());
    // The queue the screen lists by default holds the same week's records still waiting (all but the reviewed report).
    const queued = (await listReviewQueue(w.db, { limit: 100 })).entries.map((e) => e.item).filter((i) => reviewWeekOf(i.createdAt).from === week.from);
    expect(queued.map(keyOf).sort()).toEqual(screen.filter((r) => r.pending).map(keyOf).sort());
    expect(screen.find((r) => r.kind === 'serviceReports')).toMatchObject({ pending: false, comment: '已核查' });
    // The next week's list has the call entered on Monday, whatever its own time.
    expect((await reviewWeekRecords(w.db, { from: '2026-11-30', to: '2026-12-06' })).map((r) => r.record.createdAt)).toEqual([w.t0 + 3 * day]);
  });
});
