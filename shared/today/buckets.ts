import { localDayStart, toIsoDate } from '../domain/local-date';
import { addDays, weekOf } from '../records/periods';

/**
 * Bucketing for the board's charts: the repository reads index keys in a range (numbers or
 * 'YYYY-MM-DD' strings), these count them per local day, per week (Monday first) or per key.
 */

/** The `days` local dates ending with `lastDay`, oldest first. */
export function dayLabels(lastDay: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(lastDay, i - days + 1));
}

/** The Mondays of the `weeks` weeks ending with the week of `lastDay`, oldest first. */
export function weekLabels(lastDay: string, weeks: number): string[] {
  const thisMonday = weekOf(lastDay).from;
  return Array.from({ length: weeks }, (_, i) => addDays(thisMonday, (i - weeks + 1) * 7));
}

/** [local 00:00 of the first label, local 00:00 after the last bucket): the index range to read. */
export function bucketRange(labels: readonly string[], daysPerBucket: 1 | 7): { fromMs: number; toMsExclusive: number } {
  const first = labels[0];
  const last = labels[labels.length - 1];
  if (first === undefined || last === undefined) return { fromMs: 0, toMsExclusive: 0 };
  return { fromMs: localDayStart(first), toMsExclusive: localDayStart(addDays(last, daysPerBucket)) };
}

/** Index of the bucket whose label ≤ day < next label (labels ascending); -1 outside. */
function bucketIndex(labels: readonly string[], day: string, daysPerBucket: number): number {
  const first = labels[0];
  const last = labels[labels.length - 1];
  if (first === undefined || last === undefined || day < first || day >= addDays(last, daysPerBucket)) return -1;
  let lo = 0;
  let hi = labels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((labels[mid] ?? '') <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const dayOf = (value: number | string): string => (typeof value === 'number' ? toIsoDate(value) : value);

/**
 * Counts per bucket. `values` are epoch ms or local dates; outside the buckets they are ignored.
 * Consecutive equal days (an index is sorted) are mapped once, so 30 days of 400k calls stay cheap.
 */
export function countInBuckets(values: Iterable<number | string>, labels: readonly string[], daysPerBucket: 1 | 7): number[] {
  const counts = labels.map(() => 0);
  let lastDay = '';
  let lastIndex = -1;
  for (const value of values) {
    const day = dayOf(value);
    if (day !== lastDay) {
      lastDay = day;
      lastIndex = bucketIndex(labels, day, daysPerBucket);
    }
    if (lastIndex >= 0) counts[lastIndex] = (counts[lastIndex] ?? 0) + 1;
  }
  return counts;
}

export interface KeyCount {
  key: string;
  count: number;
}

/** Counts per key, largest first (ties by key); at most `top` keys, the rest summed under `otherKey`. */
export function countByKey(keys: Iterable<string>, top = 8, otherKey = ''): KeyCount[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const sorted = [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  if (sorted.length <= top) return sorted;
  const rest = sorted.slice(top - 1).reduce((sum, k) => sum + k.count, 0);
  return [...sorted.slice(0, top - 1), { key: otherKey, count: rest }];
}

/** 'MM-DD' for an axis label: the year is on the chart's title. */
export function shortDay(iso: string): string {
  return iso.slice(5);
}
