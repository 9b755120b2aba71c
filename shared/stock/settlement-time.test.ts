import { describe, expect, it } from 'vitest';
import {
  canSettleDay, checkMovementDate, defaultSettlementTime, isClockTime, isDayLocked, isSettlementOpen, localDateTime,
  overdueUnsettledDays, validateReopen,
} from './settlement-time';
import { supervisorApproval } from './test-fixtures';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

describe('when the day is settled', () => {
  it('WH-1: settlement opens at 18:00 local by default', () => {
    expect(defaultSettlementTime).toBe('18:00');
    expect(isSettlementOpen(at(27, 17, 59))).toBe(false);
    expect(isSettlementOpen(at(27, 18, 0))).toBe(true);
    expect(isSettlementOpen(at(27, 23, 59))).toBe(true);
  });

  it('WH-1: the settlement time is configurable', () => {
    expect(isSettlementOpen(at(27, 17, 30), '17:30')).toBe(true);
    expect(isSettlementOpen(at(27, 17, 29), '17:30')).toBe(false);
    expect(isClockTime('17:30')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(() => isSettlementOpen(at(27, 12), '6pm')).toThrow(RangeError);
  });

  it('WH-1: a past day can be settled any time, today only after the settlement time, never a future day', () => {
    expect(canSettleDay('2026-11-26', at(27, 9))).toBe(true);
    expect(canSettleDay('2026-11-27', at(27, 9))).toBe(false);
    expect(canSettleDay('2026-11-27', at(27, 18, 5))).toBe(true);
    expect(canSettleDay('2026-11-28', at(27, 23))).toBe(false);
  });

  it('builds local wall-clock times from the day', () => {
    expect(localDateTime('2026-11-27', '18:00')).toBe(at(27, 18));
  });
});

describe('settled days are locked', () => {
  const settled = new Set(['2026-11-26']);

  it('WH-1: a movement into a settled day is refused', () => {
    expect(checkMovementDate('2026-11-26', settled)).toEqual([{ path: 'day', message: 'stock.settlement.dayLocked' }]);
    expect(checkMovementDate('2026-11-27', settled)).toEqual([]);
    expect(checkMovementDate('2026-11-31', settled)).toEqual([{ path: 'day', message: 'stock.error.badDay' }]);
  });

  it('WH-1: a day the supervisor reopened accepts movements again', () => {
    const reopened = new Set(['2026-11-26']);
    expect(isDayLocked('2026-11-26', settled, reopened)).toBe(false);
    expect(checkMovementDate('2026-11-26', settled, reopened)).toEqual([]);
  });

  it('WH-1: reopening needs a settled day, a reason and a supervisor approval', () => {
    expect(validateReopen({ day: '2026-11-26', at: 1, reason: '漏记退货', approval: supervisorApproval }, settled)).toEqual([]);
    expect(validateReopen({ day: '2026-11-25', at: 1, reason: '', approval: { ...supervisorApproval, supervisorId: 0 } }, settled).map((i) => i.message)).toEqual([
      'stock.settlement.notSettled', 'stock.settlement.reopenReasonRequired', 'stock.settlement.reopenNeedsApproval',
    ]);
  });
});

describe('overdue settlement', () => {
  const days = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-26'];

  it('WH-1: a day with movements not settled by 08:00 the next morning is overdue', () => {
    expect(overdueUnsettledDays(at(27, 7, 59), new Set(), days)).toEqual(['2026-11-25']);
    expect(overdueUnsettledDays(at(27, 8, 0), new Set(), days)).toEqual(['2026-11-25', '2026-11-26']);
    expect(overdueUnsettledDays(at(28, 8, 0), new Set(['2026-11-25']), days)).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('WH-1: the evening of the day itself is not overdue yet', () => {
    expect(overdueUnsettledDays(at(27, 23, 59), new Set(['2026-11-25', '2026-11-26']), days)).toEqual([]);
  });
});
