import { describe, expect, it } from 'vitest';
import type { VoidMark } from '@shared/auth/approval';
import { callTotals, countedCalls, isVoided } from './call-totals';

const mark: VoidMark = {
  at: 2,
  byId: 1,
  byName: '陈主管',
  reason: '重复录入',
  approval: { supervisorId: 1, supervisorName: '陈主管', at: 2, note: '' },
};

const calls = [{ id: 1 }, { id: 2, voided: mark }, { id: 3 }, { id: 4, voided: mark }];

describe('voided calls are excluded from totals', () => {
  it('a call with a void mark is voided, one without is not', () => {
    expect(isVoided({ voided: mark })).toBe(true);
    expect(isVoided({})).toBe(false);
  });

  it('the register and the count take only the calls that were not voided, in their order', () => {
    expect(countedCalls(calls).map((c) => c.id)).toEqual([1, 3]);
  });

  it('"共 N 条" counts the rest and reports the voided ones apart', () => {
    expect(callTotals(calls)).toEqual({ counted: 2, voided: 2 });
    expect(callTotals([])).toEqual({ counted: 0, voided: 0 });
  });
});
