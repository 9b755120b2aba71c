import { describe, expect, it } from 'vitest';
import { emptyProductInput, type Product } from '@shared/products/product';
import { emptyExchangeForm, formToExchange, needsSignOff, type ExchangeFormValues } from './exchange-form';

const product = (id: number, over: Partial<Product> = {}): Product => ({ ...emptyProductInput(), id, code: `P-${id}`, name: `产品${id}`, createdAt: 0, updatedAt: 0, ...over });
const products = new Map([
  [1, product(1)],
  [2, product(2, { isTestChamber: true, selfPickupOnly: true })],
  [3, product(3, { needsLeaderSignOff: true })],
]);
const form = (over: Partial<ExchangeFormValues>): ExchangeFormValues => ({ ...emptyExchangeForm(), returnedId: 1, inspection: 'ok', ...over });

describe('exchange form', () => {
  it('EXC-1: a same-product exchange gives back the returned product and quantity', () => {
    const { input, issues } = formToExchange(form({ returnedQty: '2' }), products);
    expect(issues).toEqual([]);
    expect(input.replacement).toEqual({ productId: 1, qty: 2 });
    expect(input.kind).toBe('same');
  });

  it('EXC-1: the inspection result is required first', () => {
    expect(formToExchange(form({ inspection: null }), products).issues).toEqual([{ path: 'inspection.result', message: 'stock.exchange.inspectionRequired' }]);
  });

  it('EXC-2: a different-product exchange needs another product', () => {
    const same = formToExchange(form({ kind: 'different', replacementId: 1 }), products).issues;
    expect(same).toEqual([{ path: 'replacement.productId', message: 'stock.exchange.differentNeedsOtherProduct' }]);
    expect(formToExchange(form({ kind: 'different', replacementId: 3 }), products).issues).toEqual([]);
  });

  it('OUT-6: a test chamber that passed inspection is refused; a quality problem allows it', () => {
    expect(formToExchange(form({ returnedId: 2 }), products).issues).toEqual([{ path: 'returned.productId', message: 'stock.exchange.testChamberNoQualityProblem' }]);
    expect(formToExchange(form({ returnedId: 2, inspection: 'defective', inspectionNote: '温控失灵' }), products).issues).toEqual([]);
  });

  it('refuses a negative or non-integer quantity at the field', () => {
    expect(formToExchange(form({ returnedQty: '-1' }), products).issues).toEqual([{ path: 'returned.qty', message: 'stock.qty.negative' }]);
  });

  it('OUT-7: tells when the product given out needs a leader\'s signature', () => {
    expect(needsSignOff({ replacement: { productId: 3, qty: 1 } }, products)?.code).toBe('P-3');
    expect(needsSignOff({ replacement: { productId: 1, qty: 1 } }, products)).toBeUndefined();
  });
});
