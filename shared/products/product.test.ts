import { describe, expect, it } from 'vitest';
import type { ProductInput } from './product';
import { emptyProductInput, hasAtMostTwoDecimals, isPickupOnly, normalizeProductInput, validateProduct } from './product';

const input = (overrides: Partial<ProductInput> = {}): ProductInput => ({ ...emptyProductInput(), code: 'JS-100', name: '净水器', price: 1280.5, ...overrides });
const messages = (i: ProductInput, ctx = {}) => validateProduct(i, ctx).map((x) => `${x.path}:${x.message}`);

describe('validateProduct', () => {
  it('accepts a plain product', () => {
    expect(validateProduct(input())).toEqual([]);
  });

  it('requires a code in the code pattern and a name', () => {
    expect(messages(input({ code: ' ', name: '' }))).toEqual(['code:product.error.codeRequired', 'name:product.error.nameRequired']);
    expect(messages(input({ code: '净水 100' }))).toEqual(['code:product.error.codePattern']);
    expect(messages(input({ code: 'x'.repeat(33) }))).toEqual(['code:product.error.codePattern']);
    expect(messages(input({ name: '名'.repeat(101) }))).toEqual(['name:product.error.nameTooLong']);
  });

  it('refuses a code already used by another product, case-insensitively, but not the product itself', () => {
    const codeOwners = new Map([['JS-100', 4]]);
    expect(messages(input({ code: 'js-100' }), { codeOwners })).toEqual(['code:product.error.codeInUse']);
    expect(messages(input({ code: 'js-100' }), { codeOwners, selfId: 4 })).toEqual([]);
  });

  it('requires a non-negative price with at most 2 decimals', () => {
    expect(messages(input({ price: -1 }))).toEqual(['price:product.error.priceNegative']);
    expect(messages(input({ price: 1.234 }))).toEqual(['price:product.error.priceDecimals']);
    expect(messages(input({ price: Number.NaN }))).toEqual(['price:product.error.priceRequired']);
    expect(messages(input({ price: 2e7 }))).toEqual(['price:product.error.priceTooLarge']);
    expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(true);
    expect(messages(input({ price: 0 }))).toEqual([]);
  });

  it('requires a non-negative whole safety stock', () => {
    expect(messages(input({ safetyStock: -1 }))).toEqual(['safetyStock:stock.qty.negative']);
    expect(messages(input({ safetyStock: 2.5 }))).toEqual(['safetyStock:stock.qty.notInteger']);
    expect(messages(input({ safetyStock: 0 }))).toEqual([]);
  });
});

describe('sets', () => {
  const productsById = new Map([[1, { isSet: false }], [2, { isSet: false }], [9, { isSet: true }]]);

  it('OUT-3: a set needs at least one component with a positive whole quantity', () => {
    expect(messages(input({ isSet: true, components: [] }))).toEqual(['components:product.error.setNeedsComponents']);
    expect(messages(input({ isSet: true, components: [{ productId: 1, qty: 0 }, { productId: 2, qty: 1.5 }] }), { productsById })).toEqual([
      'components.0.qty:stock.qty.zero', 'components.1.qty:stock.qty.notInteger',
    ]);
    expect(messages(input({ isSet: true, components: [{ productId: 1, qty: 2 }, { productId: 2, qty: 1 }] }), { productsById })).toEqual([]);
  });

  it('OUT-3: a set cannot contain itself, another set, an unknown product or the same product twice', () => {
    const components = [{ productId: 5, qty: 1 }, { productId: 9, qty: 1 }, { productId: 77, qty: 1 }, { productId: 1, qty: 1 }, { productId: 1, qty: 1 }];
    expect(messages(input({ isSet: true, components }), { productsById, selfId: 5 })).toEqual([
      'components.0.productId:product.error.setContainsItself',
      'components.1.productId:product.error.nestedSet',
      'components.2.productId:product.error.componentUnknown',
      'components.4.productId:product.error.componentDuplicate',
    ]);
  });
});

describe('normalizeProductInput', () => {
  it('trims, upper-cases the code and drops components of a non-set', () => {
    const n = normalizeProductInput(input({ code: ' js-100 ', name: ' 净水器 ', components: [{ productId: 1, qty: 1 }] }));
    expect([n.code, n.name, n.components]).toEqual(['JS-100', '净水器', []]);
  });

  it('OUT-5: a test chamber is always stored as self-pickup only', () => {
    const n = normalizeProductInput(input({ isTestChamber: true, selfPickupOnly: false }));
    expect(n.selfPickupOnly).toBe(true);
    expect(isPickupOnly({ isTestChamber: true, selfPickupOnly: false })).toBe(true);
    expect(isPickupOnly({ isTestChamber: false, selfPickupOnly: false })).toBe(false);
  });
});
