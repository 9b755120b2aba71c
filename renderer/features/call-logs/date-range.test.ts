import { describe, expect, it } from 'vitest';
import { thisMonth } from './date-range';

describe('thisMonth', () => {
  it('covers the whole current month, first to last day', () => {
    expect(thisMonth(new Date(2026, 1, 14, 9, 30).getTime())).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(thisMonth(new Date(2028, 1, 1).getTime()).to).toBe('2028-02-29');
    expect(thisMonth(new Date(2026, 11, 31, 23, 59).getTime())).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
