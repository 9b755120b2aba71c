import { describe, expect, it } from 'vitest';
import { levelRows } from './level-rows';

const product = (id: number, safetyStock: number) => ({ id, code: `P-${id}`, name: `产品${id}`, spec: '', unit: '个', location: 'A-01', safetyStock, active: true });

describe('stock report rows', () => {
  const levels = [
    { product: product(1, 5), onHand: 5, faulty: 2, low: true },
    { product: product(2, 5), onHand: 9, faulty: 0, low: false },
  ];

  it('lists every product with its sellable stock, its faulty stock beside it, and its safety level', () => {
    expect(levelRows(levels, false).map((r) => [r.code, r.onHand, r.faulty, r.safetyStock, r.low])).toEqual([
      ['P-1', 5, 2, 5, true],
      ['P-2', 9, 0, 5, false],
    ]);
  });

  it('IN-1: "only to reorder" keeps the products at or below their safety level', () => {
    expect(levelRows(levels, true).map((r) => r.id)).toEqual([1]);
  });
});
