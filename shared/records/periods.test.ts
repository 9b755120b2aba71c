import { describe, expect, it } from 'vitest';
import { addDays, addYears, monthOf, rangeContains, weekOf } from './periods';

describe('local calendar periods', () => {
  it('moves by calendar days across month and year ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('adds years by calendar date; 29 February falls on 1 March', () => {
    expect(addYears('2025-11-27', 1)).toBe('2026-11-27');
    expect(addYears('2028-02-29', 1)).toBe('2029-03-01');
  });

  it('weeks run Monday to Sunday', () => {
    // 2026-11-27 is a Friday; 2026-11-23 a Monday; 2026-11-29 a Sunday.
    expect(weekOf('2026-11-27')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(weekOf('2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('months run from the 1st to their last day, leap February included', () => {
    expect(monthOf('2026-11-27')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('a range holds both its ends', () => {
    const r = { from: '2026-11-01', to: '2026-11-30' };
    expect(rangeContains(r, '2026-11-01')).toBe(true);
    expect(rangeContains(r, '2026-11-30')).toBe(true);
    expect(rangeContains(r, '2026-12-01')).toBe(false);
  });
});
