import { describe, expect, it } from 'vitest';
import { isDocNo, nextDocNo, parseDocNo, stockDocPrefixes } from './doc-no';

describe('document numbers by day', () => {
  it('numbers the day series from 001', () => {
    expect(nextDocNo('RK', '2026-11-27', 0)).toBe('RK20261127-001');
    expect(nextDocNo(stockDocPrefixes.outbound, '2026-11-27', 41)).toBe('CK20261127-042');
    expect(nextDocNo('PD', '2026-01-05', 999)).toBe('PD20260105-1000');
  });

  it('refuses a bad prefix, date or count', () => {
    expect(() => nextDocNo('rk', '2026-11-27', 0)).toThrow(RangeError);
    expect(() => nextDocNo('RK', '2026-02-30', 0)).toThrow(RangeError);
    expect(() => nextDocNo('RK', '2026-11-27', -1)).toThrow(RangeError);
  });

  it('parses a number back into prefix, day and sequence', () => {
    expect(parseDocNo('HH20261127-007')).toEqual({ prefix: 'HH', day: '2026-11-27', seq: 7 });
    expect(parseDocNo('HH20261327-007')).toBeUndefined();
    expect(isDocNo('RK-1')).toBe(false);
  });
});
