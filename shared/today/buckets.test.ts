import { describe, expect, it } from 'vitest';
import { localDayStart } from '../domain/local-date';
import { bucketRange, countByKey, countInBuckets, dayLabels, shortDay, weekLabels } from './buckets';

describe('chart buckets', () => {
  it('labels the last n days and weeks (Monday first), oldest first', () => {
    expect(dayLabels('2026-11-27', 3)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(dayLabels('2026-03-01', 2)).toEqual(['2026-02-28', '2026-03-01']);
    // 2026-11-27 is a Friday: its week starts Monday 2026-11-23.
    expect(weekLabels('2026-11-27', 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });

  it('reads the range from the first label to the end of the last bucket', () => {
    expect(bucketRange(['2026-11-26', '2026-11-27'], 1)).toEqual({ fromMs: localDayStart('2026-11-26'), toMsExclusive: localDayStart('2026-11-28') });
    expect(bucketRange(['2026-11-16', '2026-11-23'], 7)).toEqual({ fromMs: localDayStart('2026-11-16'), toMsExclusive: localDayStart('2026-11-30') });
    expect(bucketRange([], 1)).toEqual({ fromMs: 0, toMsExclusive: 0 });
  });

  it('counts instants per local day at the day boundaries', () => {
    const labels = dayLabels('2026-11-27', 2);
    const values = [
      new Date(2026, 10, 25, 23, 59).getTime(), // before the first bucket
      new Date(2026, 10, 26, 0, 0).getTime(),
      new Date(2026, 10, 26, 23, 59, 59).getTime(),
      new Date(2026, 10, 27, 0, 0).getTime(),
      new Date(2026, 10, 28, 0, 0).getTime(), // after the last bucket
    ];
    expect(countInBuckets(values, labels, 1)).toEqual([2, 1]);
  });

  it('counts local dates per week, Sunday in the week before Monday', () => {
    const labels = weekLabels('2026-11-27', 2); // 11-16, 11-23
    expect(countInBuckets(['2026-11-15', '2026-11-16', '2026-11-22', '2026-11-23', '2026-11-29', '2026-11-30'], labels, 7)).toEqual([2, 2]);
  });

  it('handles unsorted input', () => {
    const labels = dayLabels('2026-11-27', 3);
    expect(countInBuckets(['2026-11-27', '2026-11-25', '2026-11-27', '2026-11-26'], labels, 1)).toEqual([1, 1, 2]);
  });

  it('counts keys largest first and folds the tail into the other key', () => {
    expect(countByKey(['b', 'a', 'b', 'c', 'b', 'a'])).toEqual([
      { key: 'b', count: 3 },
      { key: 'a', count: 2 },
      { key: 'c', count: 1 },
    ]);
    expect(countByKey(['a', 'b', 'c', 'c'], 2, '其他')).toEqual([
      { key: 'c', count: 2 },
      { key: '其他', count: 2 },
    ]);
  });

  it('shortens a date for the axis', () => {
    expect(shortDay('2026-11-27')).toBe('11-27');
  });
});
