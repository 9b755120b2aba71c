import { describe, expect, it } from 'vitest';
import { isInReviewWeek, reviewWeekOf } from './review-week';

const week = { from: '2026-11-23', to: '2026-11-29' };

describe('review week (REV-1)', () => {
  it('REV-1: a record belongs to the week it was entered in, Monday 00:00 up to the next Monday', () => {
    expect(isInReviewWeek(new Date(2026, 10, 23, 0, 0).getTime(), week)).toBe(true);
    expect(isInReviewWeek(new Date(2026, 10, 29, 23, 59, 59).getTime(), week)).toBe(true);
    expect(isInReviewWeek(new Date(2026, 10, 30, 0, 0).getTime(), week)).toBe(false);
    expect(isInReviewWeek(new Date(2026, 10, 22, 23, 59).getTime(), week)).toBe(false);
  });

  it('REV-1: every entry time reaches exactly one week', () => {
    expect(reviewWeekOf(new Date(2026, 10, 27, 10, 0).getTime())).toEqual(week);
    expect(reviewWeekOf(new Date(2026, 10, 30, 0, 0).getTime())).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });
});
