import { describe, expect, it } from 'vitest';
import type { Movement } from './ledger';
import { slipCategory, slipsOfMovements, slipTotalQty } from './stock-slip';
import { movement } from './test-fixtures';

const m = (id: number, over: Partial<Movement>) => ({ ...movement(over), id });

describe('inbound and outbound slips (入库单 / 出库单)', () => {
  it('IN-4: every movement has its slip: a return is an inbound slip for exactly the returned quantity, in its place', () => {
    const [slip, ...rest] = slipsOfMovements([
      m(1, { kind: 'return', docNo: 'RK20261127-002', ref: { type: 'return', id: 3 }, customerId: 7, lines: [{ productId: 1, qty: 2 }, { productId: 2, qty: 1, location: 'faulty' }] }),
    ]);
    expect(rest).toEqual([]);
    expect(slip).toMatchObject({
      docNo: 'RK20261127-002', direction: 'in', category: 'customerReturn', customerId: 7, movementIds: [1], ref: { type: 'return', id: 3 },
      lines: [{ productId: 1, qty: 2, location: 'sellable' }, { productId: 2, qty: 1, location: 'faulty' }],
    });
    expect(slip && slipTotalQty(slip)).toBe(3);
  });

  it('EXC-1: a same-product exchange (HH…) has an inbound and an outbound slip under one number; EXC-2 two numbers', () => {
    const ref = { type: 'exchange' as const, id: 5 };
    const same = slipsOfMovements([
      m(2, { kind: 'exchangeOut', docNo: 'HH20261127-001', ref, lines: [{ productId: 1, qty: -1 }] }),
      m(1, { kind: 'exchangeIn', docNo: 'HH20261127-001', ref, lines: [{ productId: 1, qty: 1, location: 'faulty' }] }),
    ]);
    expect(same.map((s) => [s.docNo, s.direction, s.category])).toEqual([['HH20261127-001', 'in', 'exchangeIn'], ['HH20261127-001', 'out', 'exchangeOut']]);
    const different = slipsOfMovements([
      m(1, { kind: 'exchangeIn', docNo: 'RK20261127-003', ref, lines: [{ productId: 1, qty: 1 }] }),
      m(2, { kind: 'exchangeOut', docNo: 'CK20261127-001', ref, lines: [{ productId: 2, qty: -1 }] }),
    ]);
    expect(different.map((s) => [s.docNo, s.direction])).toEqual([['RK20261127-003', 'in'], ['CK20261127-001', 'out']]);
  });

  it('a stock-take adjustment gives a gain slip and a loss slip; a release a sale, a scrap its own category', () => {
    const take = slipsOfMovements([m(1, { kind: 'adjust', docNo: 'PD20261127-001', lines: [{ productId: 1, qty: 2 }, { productId: 2, qty: -1 }] })]);
    expect(take.map((s) => s.category)).toEqual(['stockTakeGain', 'stockTakeLoss']);
    expect(slipCategory('issue', { type: 'slip', id: 1 }, 'out')).toBe('sale');
    expect(slipCategory('issue', { type: 'serviceReport', id: 1 }, 'out')).toBe('servicePart');
    expect(slipCategory('scrap', { type: 'scrap', id: 1 }, 'out')).toBe('scrap');
  });
});
