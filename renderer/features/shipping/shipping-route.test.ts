import { describe, expect, it } from 'vitest';
import { parseShippingHash, shippingHash, slipHash } from './shipping-route';

describe('the shipping screen in the address', () => {
  it('reads the tab and the slip being worked on', () => {
    expect(parseShippingHash('#/shipping')).toEqual({ tab: 'work', slipId: null });
    expect(parseShippingHash('#/shipping/work/12')).toEqual({ tab: 'work', slipId: 12 });
    expect(parseShippingHash('#/shipping/chase')).toEqual({ tab: 'chase', slipId: null });
    expect(parseShippingHash('#/shipping/bogus/3')).toEqual({ tab: 'work', slipId: 3 });
    expect(parseShippingHash('#/shipping/log/3')).toEqual({ tab: 'log', slipId: null });
  });

  it('writes it back', () => {
    expect(shippingHash({ tab: 'work', slipId: 5 })).toBe('#/shipping/work/5');
    expect(shippingHash({ tab: 'callback', slipId: 5 })).toBe('#/shipping/callback');
    expect(slipHash(5)).toBe('#/slips/5');
  });
});
