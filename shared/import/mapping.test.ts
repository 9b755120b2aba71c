import { describe, expect, it } from 'vitest';
import { customerImportFields, productImportFields } from './fields';
import { mappingReport, suggestMapping } from './mapping';

describe('suggestMapping', () => {
  it('maps Chinese header synonyms to fields', () => {
    const m = suggestMapping(['序号', '客户名称', '手机', '地址', '备注'], customerImportFields);
    expect(m).toMatchObject({ name: 1, phone: 2, address: 3, notes: 4, memberNo: undefined });
    expect(suggestMapping(['姓名', '联系电话'], customerImportFields)).toMatchObject({ name: 0, phone: 1 });
    expect(suggestMapping(['名称', '电话'], customerImportFields)).toMatchObject({ name: 0, phone: 1 });
  });

  it('falls back to headers that contain a field name, each column used once', () => {
    const m = suggestMapping(['客户手机号码', '客户名称', '客户类型'], customerImportFields);
    expect(m).toMatchObject({ phone: 0, name: 1, type: 2 });
  });

  it('maps product headers, template labels and English headers', () => {
    expect(suggestMapping(['货号', '品名', '规格型号', '单价', '安全库存'], productImportFields)).toMatchObject({
      code: 0, name: 1, spec: 2, price: 3, safetyStock: 4,
    });
    expect(suggestMapping(['Product code', 'Product name'], productImportFields)).toMatchObject({ code: 0, name: 1 });
  });
});

describe('mappingReport', () => {
  it('reports a missing required column on the header row', () => {
    expect(mappingReport(['姓名'], { name: 0 }, customerImportFields)).toEqual([
      { row: 1, column: '', field: 'phone', reason: 'import.error.missingColumn' },
    ]);
  });

  it('reports a column mapped twice or out of range', () => {
    expect(mappingReport(['姓名', '电话'], { name: 0, phone: 0, notes: 5 }, customerImportFields)).toEqual([
      { row: 1, column: '姓名', field: 'phone', reason: 'import.error.columnMappedTwice' },
      { row: 1, column: '', field: 'notes', reason: 'import.error.badColumn' },
    ]);
  });
});
