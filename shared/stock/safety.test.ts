import { describe, expect, it } from 'vitest';
import { applyMovement } from './ledger';
import { isBelowSafety, lowStockProductIds, reorderList, safetyAlertsAfter } from './safety';
import { movement, product } from './test-fixtures';

const products = [
  product(1, { code: 'B-1', safetyStock: 5, location: 'A-01' }),
  product(2, { code: 'A-2', safetyStock: 10 }),
  product(3, { code: 'C-3', safetyStock: 0 }),
  product(4, { code: 'D-4', safetyStock: 5, active: false }),
];

describe('safety stock alerts', () => {
  it('IN-1: a movement that takes a product to its safety level raises the alert at once', () => {
    const before = new Map([[1, 7], [2, 20], [3, 1], [4, 9]]);
    const after = applyMovement(before, movement({ kind: 'issue', lines: [{ productId: 1, qty: -2 }, { productId: 2, qty: -5 }] }));
    expect(safetyAlertsAfter(before, after, products)).toEqual({ raised: [1], cleared: [] });
  });

  it('IN-1: the alert clears when stock recovers above the level', () => {
    const before = new Map([[1, 5], [2, 3]]);
    const after = applyMovement(before, movement({ lines: [{ productId: 1, qty: 1 }, { productId: 2, qty: 2 }] }));
    expect(safetyAlertsAfter(before, after, products)).toEqual({ raised: [], cleared: [1] });
  });

  it('IN-1: a product already low does not raise again; no level (0) and inactive products never alert', () => {
    const before = new Map([[1, 4], [3, 1], [4, 6]]);
    const after = new Map([[1, 3], [3, 0], [4, 0]]);
    expect(safetyAlertsAfter(before, after, products)).toEqual({ raised: [], cleared: [] });
    expect(isBelowSafety(products[0] ?? product(0), 5)).toBe(true);
    expect(isBelowSafety(products[0] ?? product(0), 6)).toBe(false);
  });

  it('IN-1: the reorder list holds every low product, by code, with a suggested quantity', () => {
    const stock = new Map([[1, 5], [2, -1], [3, 0], [4, 0]]);
    expect(lowStockProductIds(products, stock)).toEqual([1, 2]);
    expect(reorderList(products, stock).map((r) => [r.code, r.onHand, r.safetyStock, r.suggestedQty])).toEqual([
      ['A-2', -1, 10, 12],
      ['B-1', 5, 5, 1],
    ]);
    expect(reorderList(products, stock)[1]).toMatchObject({ productId: 1, location: 'A-01', name: '产品1' });
  });
});
