import { describe, expect, it } from 'vitest';
import { activeShipStep, mayTakeStep } from './ship-steps';

describe('shipping steps', () => {
  it('OUT-2 → OUT-4 → SHP-2 → post: one step at a time, in order', () => {
    expect(['draft', 'listed', 'picking', 'counted', 'waybilled', 'posted'].map((s) => activeShipStep(s as never))).toEqual([
      'list', 'picking', 'count', 'waybill', 'post', 'done',
    ]);
  });

  it('the front desk fills the list; logistics picks, counts and prints; the warehouse posts', () => {
    expect(mayTakeStep(['frontdesk'], 'list')).toBe(true);
    expect(mayTakeStep(['frontdesk'], 'count')).toBe(false);
    expect(mayTakeStep(['logistics'], 'count')).toBe(true);
    expect(mayTakeStep(['logistics'], 'post')).toBe(false);
    expect(mayTakeStep(['warehouse'], 'post')).toBe(true);
  });

  it('SHP-2: the front desk prints the waybill and enters its number, as logistics does', () => {
    expect(mayTakeStep(['frontdesk'], 'waybill')).toBe(true);
    expect(mayTakeStep(['logistics'], 'waybill')).toBe(true);
  });
});
