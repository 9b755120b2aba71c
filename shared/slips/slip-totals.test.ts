import { describe, expect, it } from 'vitest';
import { capitalTotal, lineAmount, lineMathIssues, slipTotals } from './slip-totals';

describe('slip money', () => {
  it('works amounts out to the fen, without float drift', () => {
    expect(lineAmount({ qty: 3, unitPrice: 19.99 })).toBe(59.97);
    expect(slipTotals([{ qty: 1, unitPrice: 0.1 }, { qty: 1, unitPrice: 0.2 }])).toEqual({ qty: 2, total: 0.3, totalFen: 30 });
  });

  it('accepts lines whose amounts and total are right', () => {
    expect(lineMathIssues({ lines: [{ productId: 1, qty: 3, unitPrice: 19.99, amount: 59.97 }, { productId: 2, qty: 1, unitPrice: 0.01, amount: 0.01 }], total: 59.98 })).toEqual([]);
  });

  it('reports a wrong amount or total instead of correcting it', () => {
    const issues = lineMathIssues({ lines: [{ productId: 1, qty: 3, unitPrice: 19.99, amount: 59.96 }], total: 59.97 });
    expect(issues).toEqual([{ path: 'lines.0.amount', message: 'slip.error.amountMismatch' }]);
    expect(lineMathIssues({ lines: [{ productId: 1, qty: 2, unitPrice: 10, amount: 20 }], total: 21 })).toEqual([{ path: 'total', message: 'slip.error.totalMismatch' }]);
    expect(lineMathIssues({ lines: [{ productId: 1, qty: 1, unitPrice: 10, amount: 10.004 }], total: 10 })).toEqual([{ path: 'lines.0.amount', message: 'slip.error.amountMismatch' }]);
  });

  it('checks the unit price, and leaves the total alone when a line cannot be counted', () => {
    expect(lineMathIssues({ lines: [{ productId: 1, qty: 1, unitPrice: 1.234, amount: 1.23 }], total: 5 })).toEqual([{ path: 'lines.0.unitPrice', message: 'slip.error.priceDecimals' }]);
    expect(lineMathIssues({ lines: [{ productId: 1, qty: 1, unitPrice: -1, amount: -1 }], total: -1 })).toEqual([{ path: 'lines.0.unitPrice', message: 'slip.error.priceNegative' }]);
    expect(lineMathIssues({ lines: [{ productId: 1, qty: 1, unitPrice: Number.NaN, amount: 0 }], total: 0 })).toEqual([{ path: 'lines.0.unitPrice', message: 'slip.error.priceRequired' }]);
  });

  it('writes the total in capitals (大写金额)', () => {
    expect(capitalTotal({ total: 1234.5 })).toBe('壹仟贰佰叁拾肆元伍角整');
    expect(capitalTotal({ total: 1004.05 })).toBe('壹仟零肆元零伍分');
  });
});
