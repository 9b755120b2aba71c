import { describe, expect, it } from 'vitest';
import { emptyProductForm, formToProduct, parsePrice, productToForm, type ProductFormValues } from './product-form';

const filled = (over: Partial<ProductFormValues> = {}): ProductFormValues => ({
  ...emptyProductForm(), code: 'p-001', name: ' 试验箱 ', price: '12800', safetyStock: '2', ...over,
});

describe('product form', () => {
  it('reads a filled form into the stored shape (upper-case code, trimmed name)', () => {
    const { input, issues } = formToProduct(filled());
    expect(issues).toEqual([]);
    expect(input).toMatchObject({ code: 'P-001', name: '试验箱', price: 12800, safetyStock: 2, active: true });
  });

  it('refuses a negative or non-integer safety stock at the field', () => {
    expect(formToProduct(filled({ safetyStock: '-1' })).issues).toEqual([{ path: 'safetyStock', message: 'stock.qty.negative' }]);
    expect(formToProduct(filled({ safetyStock: '1.5' })).issues).toEqual([{ path: 'safetyStock', message: 'stock.qty.notInteger' }]);
    expect(formToProduct(filled({ safetyStock: '' })).input.safetyStock).toBe(0);
  });

  it('reads prices as typed and refuses text', () => {
    expect(parsePrice('¥1,280.50')).toBe(1280.5);
    expect(parsePrice('１２')).toBe(12);
    expect(parsePrice('')).toBe(0);
    expect(parsePrice('abc')).toBeUndefined();
    expect(formToProduct(filled({ price: 'abc' })).issues).toEqual([{ path: 'price', message: 'product.error.priceRequired' }]);
    expect(formToProduct(filled({ price: '1.234' })).issues).toEqual([{ path: 'price', message: 'product.error.priceDecimals' }]);
  });

  it('refuses a code already in use at the code field, but not the product\'s own code', () => {
    const codeOwners = new Map([['P-001', 7]]);
    expect(formToProduct(filled(), { codeOwners }).issues).toEqual([{ path: 'code', message: 'product.error.codeInUse' }]);
    expect(formToProduct(filled(), { codeOwners, selfId: 7 }).issues).toEqual([]);
  });

  it('OUT-3: a set needs its components, each picked with a whole quantity', () => {
    expect(formToProduct(filled({ isSet: true })).issues).toEqual([{ path: 'components', message: 'product.error.setNeedsComponents' }]);
    const bad = formToProduct(filled({ isSet: true, components: [{ productId: null, qty: '0' }] })).issues;
    expect(bad).toEqual([
      { path: 'components.0.qty', message: 'stock.qty.zero' },
      { path: 'components.0.productId', message: 'product.error.componentUnknown' },
    ]);
    const ok = formToProduct(filled({ isSet: true, components: [{ productId: 3, qty: '2' }] }));
    expect(ok.issues).toEqual([]);
    expect(ok.input.components).toEqual([{ productId: 3, qty: 2 }]);
  });

  it('OUT-5: a test chamber is stored as self-pickup only; components are dropped when not a set', () => {
    const { input } = formToProduct(filled({ isTestChamber: true, components: [{ productId: 3, qty: '1' }] }));
    expect(input.selfPickupOnly).toBe(true);
    expect(input.components).toEqual([]);
  });

  it('round-trips a stored product', () => {
    const { input } = formToProduct(filled({ isSet: true, components: [{ productId: 3, qty: '2' }] }));
    expect(formToProduct(productToForm(input)).input).toEqual(input);
  });
});
