import { describe, expect, it } from 'vitest';
import { isAwaitingVarianceApproval, isStillCounting } from './stock-take-approval';

const line = (countedQty?: number) => ({ productId: 1, bookQty: 5, ...(countedQty !== undefined ? { countedQty } : {}) });

describe('WH-2: stock takes on the board', () => {
  it('WH-2: every line counted → waits for the supervisor; a line still blank → still counting', () => {
    expect(isAwaitingVarianceApproval({ status: 'counting', lines: [line(5), line(4)] })).toBe(true);
    expect(isStillCounting({ status: 'counting', lines: [line(5), line(4)] })).toBe(false);
    expect(isAwaitingVarianceApproval({ status: 'counting', lines: [line(5), line()] })).toBe(false);
    expect(isStillCounting({ status: 'counting', lines: [line(5), line()] })).toBe(true);
  });

  it('WH-2: a posted take is neither', () => {
    expect(isAwaitingVarianceApproval({ status: 'posted', lines: [line(5)] })).toBe(false);
    expect(isStillCounting({ status: 'posted', lines: [line(5)] })).toBe(false);
  });

  it('an empty take is still being set up, not awaiting approval', () => {
    expect(isAwaitingVarianceApproval({ status: 'counting', lines: [] })).toBe(false);
  });
});
