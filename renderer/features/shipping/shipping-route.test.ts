import { describe, expect, it } from 'vitest';
import { parseShippingHash, shippingHash, slipHash } from './shipping-route';

const slip = (id: number) => ({ type: 'slip', id });

describe('the shipping screen in the address', () => {
  it('reads the tab and the slip being worked on', () => {
    expect(parseShippingHash('#/shipping')).toEqual({ tab: 'work', doc: null });
    expect(parseShippingHash('#/shipping/work/12')).toEqual({ tab: 'work', doc: slip(12) });
    expect(parseShippingHash('#/shipping/chase')).toEqual({ tab: 'chase', doc: null });
    expect(parseShippingHash('#/shipping/bogus/3')).toEqual({ tab: 'work', doc: slip(3) });
    expect(parseShippingHash('#/shipping/log/3')).toEqual({ tab: 'log', doc: null });
  });

  it('EXC-2: reads a courier exchange being shipped, apart from a slip of the same number', () => {
    expect(parseShippingHash('#/shipping/work/exchange/3')).toEqual({ tab: 'work', doc: { type: 'exchange', id: 3 } });
    expect(parseShippingHash('#/shipping/work/exchange')).toEqual({ tab: 'work', doc: null });
    expect(parseShippingHash('#/shipping/log/exchange/3')).toEqual({ tab: 'log', doc: null });
  });

  it('writes it back', () => {
    expect(shippingHash({ tab: 'work', doc: { type: 'slip', id: 5 } })).toBe('#/shipping/work/5');
    expect(shippingHash({ tab: 'work', doc: { type: 'exchange', id: 5 } })).toBe('#/shipping/work/exchange/5');
    expect(shippingHash({ tab: 'callback', doc: { type: 'slip', id: 5 } })).toBe('#/shipping/callback');
    expect(slipHash(5)).toBe('#/slips/5');
    for (const h of ['#/shipping/work/5', '#/shipping/work/exchange/5', '#/shipping/log']) expect(shippingHash(parseShippingHash(h))).toBe(h);
  });
});
