import { describe, expect, it } from 'vitest';
import { dayRangeToMs, isIsoDate, isoDateToLocalDate, localDayStart, toIsoDate, validateDateRange } from './local-date';

describe('local dates', () => {
  it('isIsoDate accepts real dates only', () => {
    expect(isIsoDate('2026-11-30')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });

  it('localDayStart is local midnight and round-trips through toIsoDate', () => {
    const ms = localDayStart('2026-11-05');
    const d = new Date(ms);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 10, 5, 0, 0]);
    expect(toIsoDate(ms)).toBe('2026-11-05');
    expect(toIsoDate(ms + 23 * 3600_000)).toBe('2026-11-05');
    expect(isoDateToLocalDate('2026-11-05').getTime()).toBe(ms);
  });

  it('dayRangeToMs runs from 00:00 of from to 00:00 of the day after to', () => {
    const { fromMs, toMsExclusive } = dayRangeToMs('2026-11-01', '2026-11-30');
    expect(fromMs).toBe(new Date(2026, 10, 1).getTime());
    expect(toMsExclusive).toBe(new Date(2026, 11, 1).getTime());
  });

  it('dayRangeToMs covers a one-day range and crosses a year end', () => {
    const one = dayRangeToMs('2026-12-31', '2026-12-31');
    expect(one.toMsExclusive).toBe(new Date(2027, 0, 1).getTime());
  });

  it('validateDateRange refuses bad dates and a reversed range', () => {
    expect(validateDateRange('2026-11-01', '2026-11-30')).toEqual([]);
    expect(validateDateRange('2026-11-31', 'x')).toEqual([
      { path: 'from', message: 'range.error.badDate' },
      { path: 'to', message: 'range.error.badDate' },
    ]);
    expect(validateDateRange('2026-11-30', '2026-11-01')).toEqual([{ path: 'to', message: 'range.error.order' }]);
  });

  it('localDayStart throws on a malformed date', () => {
    expect(() => localDayStart('2026-13-01')).toThrow(RangeError);
  });
});
