import { describe, expect, it } from 'vitest';
import { hashForSlip, shippingHashForSlip, slipIdFromHash } from './slip-hash';

describe('the open slip in the address', () => {
  it('reads and writes #/slips/<id>', () => {
    expect(slipIdFromHash('#/slips/12')).toBe(12);
    expect(slipIdFromHash('#/slips')).toBeNull();
    expect(slipIdFromHash('#/slips/abc')).toBeNull();
    expect(slipIdFromHash('#/shipping/work/12')).toBeNull();
    expect(hashForSlip(3)).toBe('#/slips/3');
    expect(hashForSlip(null)).toBe('#/slips');
    expect(shippingHashForSlip(5)).toBe('#/shipping/work/5');
  });
});
