import { describe, expect, it } from 'vitest';
import { customerImportFields, productImportFields } from './fields';
import { suggestMapping } from './mapping';
import { sheetFromAoa } from './sheet';
import { importTemplate } from './template';
import { validateImportRows } from './validate';

const none = { productCodes: new Set<string>(), phones: new Set<string>() };

describe('import templates', () => {
  it('has a header per field and an example row that imports cleanly, in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const customers = sheetFromAoa(importTemplate('customers', lang));
      expect(customers.headers).toHaveLength(customerImportFields.length);
      const cm = suggestMapping(customers.headers, customerImportFields);
      expect(validateImportRows(customers, cm, 'customers', none).report, lang).toEqual([]);
      const products = sheetFromAoa(importTemplate('products', lang));
      expect(products.headers).toHaveLength(productImportFields.length);
      const pm = suggestMapping(products.headers, productImportFields);
      expect(Object.values(pm).every((c) => c !== undefined)).toBe(true);
      expect(validateImportRows(products, pm, 'products', none).report, lang).toEqual([]);
    }
  });
});
