import { describe, expect, it } from 'vitest';
import { countRows, differingProducts, readCount } from './count-form';

describe('OUT-4 count form', () => {
  it('sums the picking list per product and starts with nothing typed', () => {
    expect(countRows([{ productId: 2, qty: 1, setId: 9 }, { productId: 3, qty: 1 }, { productId: 2, qty: 2 }])).toEqual([
      { productId: 2, expected: 3, counted: '' },
      { productId: 3, expected: 1, counted: '' },
    ]);
  });

  it('reads the counts, 0 included, and refuses a blank or a bad number at its row', () => {
    expect(readCount([{ productId: 2, expected: 3, counted: '3' }, { productId: 3, expected: 1, counted: '0' }])).toEqual({
      lines: [{ productId: 2, qty: 3 }, { productId: 3, qty: 0 }],
      issues: [],
    });
    expect(readCount([{ productId: 2, expected: 3, counted: '' }, { productId: 3, expected: 1, counted: '-1' }]).issues).toEqual([
      { path: 'rows.0', message: 'stock.qty.required' },
      { path: 'rows.1', message: 'stock.qty.negative' },
    ]);
  });

  it('OUT-4: marks the products a refused count differs on', () => {
    expect([...differingProducts([{ path: 'count.products.3', message: 'slip.ship.countMismatch' }, { path: 'count.staffId', message: 'x' }])]).toEqual([3]);
  });
});
