import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import { applyMovement } from './ledger';
import type { StockTake } from './stock-take';
import {
  adjustmentMovement, bookChanged, countSheetRows, productsInScope, stockTakeLines, validateCounts, validateVarianceReasons, variances,
} from './stock-take';
import { product, productMap, supervisorApproval } from './test-fixtures';

const products = [
  product(1, { code: 'P1', location: 'B-01' }),
  product(2, { code: 'P2', location: 'A-02' }),
  product(3, { code: 'P3', location: 'A-01' }),
  product(4, { code: 'P4', location: 'A-01', active: false }),
];
const byId = productMap(...products);
const book = new Map([[1, 10], [2, 4], [3, 0]]);
const stamp = { docNo: 'PD20261130-001', at: 1_700_000_000_000, day: '2026-11-30', handlerId: 2, handlerName: '李库管' };

function take(lines: StockTake['lines'], overrides: Partial<StockTake> = {}): StockTake & { id: number } {
  return {
    id: 3, docNo: 'PD20261130-001', day: '2026-11-30', createdAt: 1, createdById: 2, createdByName: '李库管',
    scope: { kind: 'all' }, blind: false, lines, status: 'counting', ...overrides,
  };
}

describe('creating a count', () => {
  it('WH-2: covers all, some products or some locations, active only, in walking order', () => {
    expect(productsInScope({ kind: 'all' }, products).map((p) => p.code)).toEqual(['P3', 'P2', 'P1']);
    expect(productsInScope({ kind: 'products', productIds: [1, 4] }, products).map((p) => p.code)).toEqual(['P1']);
    expect(productsInScope({ kind: 'locations', locations: ['A-01'] }, products).map((p) => p.code)).toEqual(['P3']);
  });

  it('WH-2: freezes the book quantity of each line', () => {
    expect(stockTakeLines({ kind: 'all' }, products, book)).toEqual([
      { productId: 3, bookQty: 0 }, { productId: 2, bookQty: 4 }, { productId: 1, bookQty: 10 },
    ]);
  });

  it('WH-2: a blind count sheet leaves the book quantity out', () => {
    const t = take([{ productId: 1, bookQty: 10 }], { blind: true });
    expect(countSheetRows(t, byId)).toEqual([{ productId: 1, location: 'B-01', code: 'P1', name: '产品1', spec: '', unit: '' }]);
    expect(countSheetRows(t, byId, false)[0]?.bookQty).toBe(10);
    expect('bookQty' in (countSheetRows(t, byId)[0] ?? {})).toBe(false);
  });
});

describe('variances and posting', () => {
  const counted = take([
    { productId: 1, bookQty: 10, countedQty: 8, reason: '破损报废' },
    { productId: 2, bookQty: 4, countedQty: 4 },
    { productId: 3, bookQty: 0, countedQty: 1, reason: '上次漏记入库' },
  ]);

  it('WH-2: variances are counted − book on the lines that differ', () => {
    expect(variances(counted)).toEqual([
      { productId: 1, bookQty: 10, countedQty: 8, variance: -2, reason: '破损报废' },
      { productId: 3, bookQty: 0, countedQty: 1, variance: 1, reason: '上次漏记入库' },
    ]);
  });

  it('WH-2: every variance needs a reason; every line needs a count', () => {
    const noReason = take([{ productId: 1, bookQty: 10, countedQty: 9, reason: ' ' }, { productId: 2, bookQty: 4 }]);
    expect(validateVarianceReasons(noReason)).toEqual([{ path: 'lines.0.reason', message: 'stock.take.reasonRequired' }]);
    expect(validateCounts(noReason)).toEqual([{ path: 'lines.1.countedQty', message: 'stock.qty.required' }]);
  });

  it('WH-2: with supervisor approval the variances post as signed adjustments and the ledger agrees with the count', () => {
    const m = adjustmentMovement(counted, supervisorApproval, stamp);
    expect(m).toMatchObject({ kind: 'adjust', docNo: 'PD20261130-001', ref: { type: 'stockTake', id: 3 } });
    expect(m?.lines).toEqual([{ productId: 1, qty: -2 }, { productId: 3, qty: 1 }]);
    const after = m ? applyMovement(book, m) : book;
    expect([after.get(1), after.get(2), after.get(3)]).toEqual([8, 4, 1]);
  });

  it('WH-2: without a supervisor approval, reasons or counts nothing is posted', () => {
    expect(() => adjustmentMovement(counted, undefined, stamp)).toThrow(ValidationError);
    const noReason = take([{ productId: 1, bookQty: 10, countedQty: 9 }]);
    expect(() => adjustmentMovement(noReason, supervisorApproval, stamp)).toThrow(/stock\.take\.reasonRequired/);
    expect(() => adjustmentMovement({ ...counted, status: 'posted' }, supervisorApproval, stamp)).toThrow(/stock\.take\.alreadyPosted/);
  });

  it('WH-2: a count that matches the book posts nothing', () => {
    expect(adjustmentMovement(take([{ productId: 2, bookQty: 4, countedQty: 4 }]), supervisorApproval, stamp)).toBeUndefined();
  });

  it('WH-2: products that moved since the count was created are flagged', () => {
    expect(bookChanged(counted, new Map([[1, 10], [2, 5], [3, 0]]))).toEqual([2]);
  });
});
