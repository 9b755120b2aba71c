import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import type { CustomerReturn } from './returns';
import { returnMovement, validateReturn } from './returns';
import { balances } from './ledger';

function ret(overrides: Partial<CustomerReturn> = {}): CustomerReturn & { id: number } {
  return {
    id: 4, docNo: 'RK20261128-002', at: 1_700_000_000_000, day: '2026-11-28', handlerId: 2, handlerName: '李库管',
    customerId: 31, slipId: 12, lines: [{ productId: 1, qty: 2 }], reason: '客户多订', ...overrides,
  };
}

describe('customer returns', () => {
  it('IN-4: a return is an inbound movement for exactly the returned quantity, linked to the customer', () => {
    const m = returnMovement(ret({ lines: [{ productId: 1, qty: 2 }, { productId: 5, qty: 1 }] }));
    expect(m).toMatchObject({ kind: 'return', docNo: 'RK20261128-002', customerId: 31, ref: { type: 'return', id: 4 }, note: '客户多订' });
    expect(balances([m])).toEqual(new Map([[1, 2], [5, 1]]));
  });

  it('IN-4: a return without a customer, reason or a positive whole quantity is refused', () => {
    const bad = ret({ customerId: 0, reason: '', lines: [{ productId: 1, qty: -2 }] });
    expect(validateReturn(bad)).toEqual([
      { path: 'customerId', message: 'stock.return.customerRequired' },
      { path: 'lines.0.qty', message: 'stock.qty.negative' },
      { path: 'reason', message: 'stock.return.reasonRequired' },
    ]);
    expect(() => returnMovement(bad)).toThrow(ValidationError);
  });
});
