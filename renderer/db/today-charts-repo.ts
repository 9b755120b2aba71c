/**
 * The Today board's charts: each reads one index range (index keys only where a count is all it
 * needs) and hands the values to the pure bucketing of shared/today/buckets.ts.
 */
import { dayRangeToMs, localDayStart } from '@shared/domain/local-date';
import { addDays } from '@shared/records/periods';
import { bucketRange, countByKey, countInBuckets, dayLabels, weekLabels, type KeyCount } from '@shared/today/buckets';
import type { AppDB } from './db';
import { getProductsByIds } from './products-repo';
import { stockAlertHistory } from './stock-repo';

export interface DaySeries {
  /** Local dates (day buckets) or Mondays (week buckets), oldest first. */
  labels: string[];
  counts: number[];
}

export const chartDays = 30;
export const chartWeeks = 12;
export const categoryDays = 90;
/** An issue closed in the chart's weeks was opened at most this long before them (see outstandingWeekly). */
export const closedLookbackDays = 365;
/** The key the category chart folds its smallest categories into. */
export const otherCategory = '\u0000other';

/**
 * Calls per day (by `at`), voided calls included: one index count per day, which the database does
 * on its side (reading the keys would step a cursor through every call of the month).
 */
export async function callsPerDay(db: AppDB, today: string, days = chartDays): Promise<DaySeries> {
  const labels = dayLabels(today, days);
  const counts = await Promise.all(
    labels.map((d) => {
      const { fromMs, toMsExclusive } = dayRangeToMs(d, d);
      return db.callLogs.where('at').between(fromMs, toMsExclusive, true, false).count();
    }),
  );
  return { labels, counts };
}

/** Shipments per dispatch day (the `day` index: 'YYYY-MM-DD'), one index count per day. */
export async function shipmentsPerDay(db: AppDB, today: string, days = chartDays): Promise<DaySeries> {
  const labels = dayLabels(today, days);
  return { labels, counts: await Promise.all(labels.map((d) => db.shipments.where('day').equals(d).count())) };
}

/** Service requests registered in the last `days` days, per product category ('' = no product given). */
export async function serviceByCategory(db: AppDB, today: string, days = categoryDays): Promise<KeyCount[]> {
  const fromMs = localDayStart(addDays(today, 1 - days));
  const rows = await db.serviceRequests.where('createdAt').aboveOrEqual(fromMs).toArray();
  const products = await getProductsByIds(db, rows.flatMap((r) => (r.productId !== undefined ? [r.productId] : [])));
  return countByKey(rows.map((r) => (r.productId !== undefined ? (products.get(r.productId)?.category ?? '') : '')), 6, otherCategory);
}

export interface OpenedClosed {
  labels: string[];
  opened: number[];
  closed: number[];
}

/**
 * Outstanding issues opened and closed per week. There is no index on `closedAt`, so closings are
 * read from the issues opened within `closedLookbackDays` before the first week: an issue open for
 * longer than a year before it was closed is not in the closed bars.
 */
export async function outstandingWeekly(db: AppDB, today: string, weeks = chartWeeks): Promise<OpenedClosed> {
  const labels = weekLabels(today, weeks);
  const { fromMs, toMsExclusive } = bucketRange(labels, 7);
  const lookback = localDayStart(addDays(labels[0] ?? today, -closedLookbackDays));
  const rows = await db.outstandingIssues.where('createdAt').aboveOrEqual(lookback).toArray();
  const opened = rows.filter((r) => r.createdAt >= fromMs && r.createdAt < toMsExclusive).map((r) => r.createdAt);
  const closed = rows.flatMap((r) => (r.closedAt !== undefined ? [r.closedAt] : []));
  return { labels, opened: countInBuckets(opened, labels, 7), closed: countInBuckets(closed, labels, 7) };
}

/** IN-1 alerts raised per week. */
export async function stockAlertsWeekly(db: AppDB, today: string, weeks = chartWeeks): Promise<DaySeries> {
  const labels = weekLabels(today, weeks);
  const { fromMs, toMsExclusive } = bucketRange(labels, 7);
  const alerts = await stockAlertHistory(db, fromMs, toMsExclusive);
  return { labels, counts: countInBuckets(alerts.map((a) => a.raisedAt), labels, 7) };
}
