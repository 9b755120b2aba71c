import { describe, expect, it } from 'vitest';
import { linesText } from './line-text';

describe('document lines on one line', () => {
  it('names each product with its quantity, unknown products by id', () => {
    const products = new Map([[1, { code: 'P-1', name: '滤芯' }]]);
    expect(linesText([{ productId: 1, qty: 2 }, { productId: 9, qty: -1 }], products, '、')).toBe('P-1 滤芯 ×2、#9 ×1');
  });
});
