import { describe, expect, it } from 'vitest';
import { excelSerialFromLocal } from './excel-date';

describe('excelSerialFromLocal', () => {
  it('maps local midnight to a whole serial (1900 system)', () => {
    // 2026-11-05 is day 46331 in Excel's 1900 date system.
    expect(excelSerialFromLocal(new Date(2026, 10, 5))).toBe(46331);
  });

  it('keeps the local wall-clock time of day, whatever the time zone', () => {
    const serial = excelSerialFromLocal(new Date(2026, 10, 5, 9, 30));
    expect(serial - 46331).toBeCloseTo((9 * 60 + 30) / (24 * 60), 10);
  });
});
