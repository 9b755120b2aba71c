import { describe, expect, it } from 'vitest';
import { stockStrings } from '../i18n/stock';
import { customerImportFields, fieldNames, importFields, normalizeHeader, productImportFields } from './fields';

describe('import fields', () => {
  it('customers need name and phone; products need code and name', () => {
    expect(customerImportFields.filter((f) => f.required).map((f) => f.key)).toEqual(['name', 'phone']);
    expect(productImportFields.filter((f) => f.required).map((f) => f.key)).toEqual(['code', 'name']);
    expect(importFields('products')).toBe(productImportFields);
  });

  it('have distinct keys and a label in both languages', () => {
    for (const fields of [customerImportFields, productImportFields]) {
      expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
      for (const f of fields) expect(stockStrings.en[f.label].length).toBeGreaterThan(0);
    }
  });

  it('compare headers without spaces, stars or a 必填 note', () => {
    expect(normalizeHeader(' 联系 电话 *（必填）')).toBe('联系电话');
    expect(normalizeHeader('Phone:')).toBe('phone');
    const name = customerImportFields.find((f) => f.key === 'name');
    expect(name && fieldNames(name)).toContain('客户名称');
  });
});
