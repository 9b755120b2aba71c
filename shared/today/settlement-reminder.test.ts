import { describe, expect, it } from 'vitest';
import { settlementReminder } from './settlement-reminder';

const at = (h: number, m: number, s = 0) => new Date(2026, 10, 27, h, m, s).getTime();

describe('WH-1: the 日结 reminder from 18:00', () => {
  it('WH-1: quiet at 17:59:59, due at 18:00:00 when today is not settled', () => {
    expect(settlementReminder(at(17, 59, 59), false)).toBe('notYet');
    expect(settlementReminder(at(18, 0, 0), false)).toBe('due');
    expect(settlementReminder(at(23, 59), false)).toBe('due');
  });

  it('WH-1: a settled day shows settled at any hour', () => {
    expect(settlementReminder(at(18, 30), true)).toBe('settled');
    expect(settlementReminder(at(9, 0), true)).toBe('settled');
  });

  it('WH-1: follows the centre\'s settlement-time setting', () => {
    expect(settlementReminder(at(17, 29), false, '17:30')).toBe('notYet');
    expect(settlementReminder(at(17, 30), false, '17:30')).toBe('due');
  });

  it('WH-1: a new day starts quiet again at midnight', () => {
    expect(settlementReminder(new Date(2026, 10, 28, 0, 0).getTime(), false)).toBe('notYet');
  });
});
