import { describe, expect, it } from 'vitest';
import type { VoidMark } from '../auth/approval';
import { isVoided, validateVoidReason, withoutVoided } from './void';

const mark: VoidMark = {
  at: 2,
  byId: 1,
  byName: '主管',
  reason: '重复登记',
  approval: { supervisorId: 1, supervisorName: '主管', at: 1, note: '' },
};

describe('voids (REC-1)', () => {
  it('REC-1: a void needs a reason that is not blank', () => {
    expect(validateVoidReason('  ')).toEqual([{ path: 'reason', message: 'void.error.reasonRequired' }]);
    expect(validateVoidReason('x'.repeat(501))).toEqual([{ path: 'reason', message: 'void.error.reasonTooLong' }]);
    expect(validateVoidReason('重复登记')).toEqual([]);
  });

  it('REC-1: voided records are left out of counts but kept', () => {
    const rows = [{ n: 1 }, { n: 2, voided: mark }, { n: 3 }];
    expect(withoutVoided(rows).map((r) => r.n)).toEqual([1, 3]);
    expect(isVoided(rows[1] ?? {})).toBe(true);
    expect(rows).toHaveLength(3);
  });
});
