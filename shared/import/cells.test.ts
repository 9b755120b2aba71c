import { describe, expect, it } from 'vitest';
import { cellBoolean, cellNumber, cellText, isBlank, splitPhones } from './cells';

describe('cells', () => {
  it('reads text from any cell, numbers without exponent or decimals', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText('  张三 ')).toBe('张三');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(2026, 10, 27))).toBe('2026-11-27');
    expect(isBlank(undefined)).toBe(true);
  });

  it('reads numbers as typed in Excel, and flags text that is not one', () => {
    expect(cellNumber(12.5)).toBe(12.5);
    expect(cellNumber('1,280.50')).toBe(1280.5);
    expect(cellNumber('¥12')).toBe(12);
    expect(cellNumber('12元')).toBe(12);
    expect(cellNumber('')).toBeUndefined();
    expect(cellNumber('十二')).toBe('invalid');
    expect(cellNumber(Number.NaN)).toBe('invalid');
  });

  it('reads yes/no cells', () => {
    expect(['是', 'Y', 'yes', true, 1, '√'].map(cellBoolean)).toEqual([true, true, true, true, true, true]);
    expect(['否', 'n', 'FALSE', false, 0].map(cellBoolean)).toEqual([false, false, false, false, false]);
    expect(cellBoolean('')).toBeUndefined();
    expect(cellBoolean('也许')).toBe('invalid');
  });

  it('splits several phones in one cell, keeping a spaced phone whole', () => {
    expect(splitPhones('13800138000/13900139000')).toEqual(['13800138000', '13900139000']);
    expect(splitPhones('138 0013 8000、010-65529988')).toEqual(['13800138000', '01065529988']);
    expect(splitPhones('13800138000 13900139000')).toEqual(['13800138000', '13900139000']);
    expect(splitPhones(' ')).toEqual([]);
  });

  it('keeps a phone with letters as it is, so the row is refused instead of the letters being dropped', () => {
    expect(splitPhones('138abc00138000、13900139000')).toEqual(['138abc00138000', '13900139000']);
  });
});
