import { describe, expect, it } from 'vitest';
import { ids, keeper, line, NOW, shippingList, slip } from '../slips/test-fixtures';
import { shippingListDocNo, shippingListDocument } from './list-document';

describe('shipping list as a settlement document', () => {
  const posted = { ...slip({ delivery: 'ship', lines: [line(ids.plain, 2)] }), status: 'posted' as const, released: { ...keeper, at: NOW } };

  it('WH-1: a released shipping slip\'s list is its own paper (FH…), with the slip\'s goods, referring to the slip', () => {
    expect(shippingListDocNo('GX20261127-001')).toBe('FH20261127-001');
    expect(shippingListDocument(shippingList(), posted)).toEqual({ ref: { type: 'slip', id: 11 }, docNo: 'FH20261127-001', lines: [{ productId: ids.plain, qty: -2 }] });
  });

  it('says nothing before release, for a pickup slip, or for another slip\'s list', () => {
    expect(shippingListDocument(shippingList(), { ...posted, released: undefined })).toBeUndefined();
    expect(shippingListDocument(shippingList(), { ...posted, delivery: 'pickup' })).toBeUndefined();
    expect(shippingListDocument(shippingList({ slipId: 12 }), posted)).toBeUndefined();
  });
});
