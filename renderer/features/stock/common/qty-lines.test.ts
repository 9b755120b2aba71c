import { describe, expect, it } from 'vitest';
import { blankQtyLine, readQtyLines } from './qty-lines';

describe('product/quantity lines', () => {
  it('reads whole positive quantities and leaves blank rows out', () => {
    expect(readQtyLines([{ productId: 3, qty: '2' }, blankQtyLine()])).toEqual({ lines: [{ productId: 3, qty: 2 }], issues: [] });
  });

  it('refuses a negative, zero or non-integer quantity at its row', () => {
    expect(readQtyLines([{ productId: 3, qty: '-2' }]).issues).toEqual([{ path: 'lines.0.qty', message: 'stock.qty.negative' }]);
    expect(readQtyLines([{ productId: 3, qty: '0' }]).issues).toEqual([{ path: 'lines.0.qty', message: 'stock.qty.zero' }]);
    expect(readQtyLines([{ productId: 3, qty: '1.5' }]).issues).toEqual([{ path: 'lines.0.qty', message: 'stock.qty.notInteger' }]);
  });

  it('asks for the product, refuses it twice, and needs at least one line', () => {
    expect(readQtyLines([{ productId: null, qty: '1' }]).issues).toEqual([{ path: 'lines.0.productId', message: 'stockui.line.productRequired' }]);
    expect(readQtyLines([{ productId: 3, qty: '1' }, { productId: 3, qty: '1' }]).issues).toEqual([{ path: 'lines.1.productId', message: 'stock.error.duplicateLine' }]);
    expect(readQtyLines([blankQtyLine()]).issues).toEqual([{ path: 'lines', message: 'stock.error.noLines' }]);
  });
});
