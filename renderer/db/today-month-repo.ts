/**
 * The month summary's reads (月度汇总): one index range per record type over the month. Reviews need
 * the reviewed record's creation time (REV-1 on time), read by key per kind.
 */
import { dayRangeToMs } from '@shared/domain/local-date';
import type { ReviewableKind } from '@shared/review/review';
import type { DateRange } from '@shared/records/periods';
import { monthSummary, type MonthSummary } from '@shared/today/month-summary';
import type { AppDB } from './db';

async function createdAtOf(db: AppDB, kind: ReviewableKind, ids: number[]): Promise<(number | undefined)[]> {
  const table = { callLogs: db.callLogs, serviceReports: db.serviceReports, serviceCards: db.serviceCards, outstandingIssues: db.outstandingIssues }[kind];
  const rows: ({ createdAt: number } | undefined)[] = await table.bulkGet(ids);
  return rows.map((r) => r?.createdAt);
}

/** The month's reviews with their records' creation times (a record removed since is left out). */
async function reviewTimes(db: AppDB, fromMs: number, toMsExclusive: number): Promise<{ at: number; recordCreatedAt: number }[]> {
  const reviews = await db.reviews.where('at').between(fromMs, toMsExclusive, true, false).toArray();
  const kinds = [...new Set(reviews.map((r) => r.kind))];
  const out: { at: number; recordCreatedAt: number }[] = [];
  for (const kind of kinds) {
    const ofKind = reviews.filter((r) => r.kind === kind);
    const created = await createdAtOf(db, kind, ofKind.map((r) => r.recordId));
    ofKind.forEach((r, i) => {
      const c = created[i];
      if (c !== undefined) out.push({ at: r.at, recordCreatedAt: c });
    });
  }
  return out;
}

/** The summary of `month` (inclusive local dates), as of `now`. */
export async function loadMonthSummary(db: AppDB, month: DateRange, now = Date.now()): Promise<MonthSummary> {
  const { fromMs, toMsExclusive } = dayRangeToMs(month.from, month.to);
  const [calls, serviceRequests, slips, shipments, reviews] = await Promise.all([
    // One read of the month's calls (a filtered count would step a cursor through each of them).
    db.callLogs.where('at').between(fromMs, toMsExclusive, true, false).toArray().then((calls) => calls.filter((c) => c.voided === undefined).length),
    db.serviceRequests.where('createdAt').between(fromMs, toMsExclusive, true, false).count(),
    db.purchaseSlips.where('day').between(month.from, month.to, true, true).toArray(),
    db.shipments.where('day').between(month.from, month.to, true, true).toArray(),
    reviewTimes(db, fromMs, toMsExclusive),
  ]);
  return monthSummary({ calls, serviceRequests, slips, shipments, reviews, now });
}
