import { describe, expect, it } from 'vitest';
import { emptyProductInput } from '@shared/products/product';
import { productMarks } from './product-flags';

describe('product marks in the list', () => {
  it('shows nothing for a plain active product', () => {
    expect(productMarks(emptyProductInput())).toEqual([]);
  });

  it('OUT-5: a test chamber shows as a test chamber (self-pickup is implied), with its other marks', () => {
    const marks = productMarks({ ...emptyProductInput(), isTestChamber: true, selfPickupOnly: true, needsLeaderSignOff: true, active: false });
    expect(marks).toEqual(['stockui.products.inactive', 'product.field.isTestChamber', 'product.field.needsLeaderSignOff']);
  });
});
