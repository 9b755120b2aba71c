import { describe, expect, it } from 'vitest';
import { emptyScrapForm, formToScrap } from './scrap-form';

const faulty = (id: number) => (id === 4 ? 2 : 0);

describe('scrap form', () => {
  it('reads a product, a quantity and the reason', () => {
    expect(formToScrap({ productId: 4, qty: '2', reason: ' 无法修复 ' }, faulty)).toEqual({ input: { lines: [{ productId: 4, qty: 2 }], reason: '无法修复' }, issues: [] });
  });

  it('refuses more than faulty stock holds, a missing reason and a missing product at their fields', () => {
    expect(formToScrap({ productId: 4, qty: '3', reason: '坏' }, faulty).issues).toEqual([{ path: 'lines.0.qty', message: 'stock.faulty.insufficient' }]);
    expect(formToScrap(emptyScrapForm(), faulty).issues.map((i) => i.path)).toEqual(['lines.0.productId', 'lines.0.qty', 'reason']);
  });
});
