import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { sheetFromAoa } from '@shared/import/sheet';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { countCustomers, createCustomer, searchCustomers } from './customers-repo';
import { commitImport, previewImport } from './import-repo';
import { readImportBytes } from './import-file';
import { importTemplateBytes } from './import-xlsx';
import { listProducts } from './products-repo';
import { openStockAlerts } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
beforeEach(async () => {
  w = await openStockWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const customerSheet = (rows: string[][]) => sheetFromAoa([['姓名', '手机', '客户类型', '会员编号', '地址'], ...rows]);

function xlsxBytes(aoa: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Sheet1');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function sheetOf(bytes: Uint8Array) {
  const read = await readImportBytes(bytes, 'file.xlsx');
  if (!read.ok) throw new Error(read.reason);
  return read.sheet;
}

describe('Excel import', () => {
  it('previews without writing, then writes every row with its audit entry, reporting progress', async () => {
    const sheet = customerSheet([
      ['张三', '138-0013-8000', '会员', 'm001', '北京市海淀区'],
      ['李四', '13912345678', '', '', ''],
      ['', '', '', '', ''],
      ['王五', '13700137000; 010-65529988', '店铺', '', ''],
    ]);
    const bad = await previewImport(w.db, 'customers', sheet);
    // 王五 is a store without a store number: the report names row 5 and the column.
    expect(bad.canImport).toBe(false);
    expect(bad.result.report).toEqual([{ row: 5, column: '', field: 'storeNo', reason: 'crm.error.storeNoRequired' }]);
    expect(await countCustomers(w.db)).toBe(0);
    await expect(commitImport(w.db, w.clerk, bad)).rejects.toMatchObject({ issues: [{ message: 'stockRecord.import.notReady' }] });

    const good = await previewImport(w.db, 'customers', customerSheet([
      ['张三', '138-0013-8000', '会员', 'm001', '北京市海淀区'],
      ['李四', '13912345678', '', '', ''],
    ]));
    expect(good).toMatchObject({ canImport: true, rowCount: 2, mapping: { name: 0, phone: 1, type: 2, memberNo: 3, address: 4 } });
    const progress: Array<[number, number]> = [];
    expect(await commitImport(w.db, w.clerk, good, { chunkSize: 1, onProgress: (d, t) => progress.push([d, t]) })).toEqual({ written: 2 });
    expect(progress).toEqual([[1, 2], [2, 2]]);
    const [zs] = await searchCustomers(w.db, 'zs');
    expect(zs).toMatchObject({ name: '张三', type: 'member', memberNo: 'M001', phones: ['13800138000'], address: '北京市海淀区' });
    expect((await recordHistory(w.db, 'customers', zs?.id ?? 0))[0]).toMatchObject({ action: 'create', note: 'import', staffName: '王丽' });
  });

  it('a file with one bad row writes nothing', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`客户${i}`, `139${String(i).padStart(8, '0')}`, '', '', '']);
    rows[17] = ['坏电话', '12345', '', '', ''];
    const preview = await previewImport(w.db, 'customers', customerSheet(rows));
    expect(preview.result.report).toEqual([{ row: 19, column: '手机', field: 'phone', reason: 'import.error.badPhone' }]);
    expect(preview.result.valid).toHaveLength(29);
    await expect(commitImport(w.db, w.clerk, preview)).rejects.toBeInstanceOf(ValidationError);
    expect(await countCustomers(w.db)).toBe(0);
    expect(await w.db.auditLog.where('table').equals('customers').count()).toBe(0);
  });

  it('all rows in one transaction: a failure on a late chunk leaves nothing written', async () => {
    const sheet = sheetFromAoa([['编码', '名称'], ...Array.from({ length: 25 }, (_, i) => [`P${i}`, `产品${i}`])]);
    const preview = await previewImport(w.db, 'products', sheet);
    expect(preview.canImport).toBe(true);
    // A code taken since the preview (another window) is caught inside the transaction.
    await w.product('P20');
    await expect(commitImport(w.db, w.keeper, preview, { chunkSize: 5 })).rejects.toMatchObject({ issues: [{ path: '22.code', message: 'import.error.codeExists' }] });
    expect((await listProducts(w.db)).map((p) => p.code)).toEqual(['P20']);
    // A duplicate the checks missed fails in the database on chunk 4: chunks 1–3 are rolled back too.
    if (preview.kind !== 'products') throw new Error('products expected');
    const forged = { ...preview, result: { ...preview.result, valid: preview.result.valid.map((r, i) => (i === 17 ? { ...r, value: { ...r.value, code: 'P1' } } : r)).filter((r) => r.value.code !== 'P20') } };
    await expect(commitImport(w.db, w.keeper, forged, { chunkSize: 5 })).rejects.toThrow();
    expect((await listProducts(w.db)).map((p) => p.code)).toEqual(['P20']);
  });

  it('refuses wrong columns and duplicates against what is on file', async () => {
    await createCustomer(w.db, w.clerk, { name: '老客户', phones: ['13800138000'] });
    const wrong = await previewImport(w.db, 'customers', sheetFromAoa([['甲', '乙'], ['张三', '13800138000']]));
    expect(wrong.result.report.map((e) => e.reason)).toEqual(['import.error.missingColumn', 'import.error.missingColumn']);
    const dup = await previewImport(w.db, 'customers', customerSheet([['张三', '13800138000', '', '', '']]));
    expect(dup.result.report.map((e) => e.reason)).toEqual(['import.error.phoneExists']);
  });

  it('imports products (warehouse permission); IN-1 alerts for new products with a safety level', async () => {
    const sheet = sheetFromAoa([['产品编码', '产品名称', '安全库存', '试验箱'], ['syx-1', '试验箱', '1', '是'], ['LX-PP', 'PP棉滤芯', '', '']]);
    const preview = await previewImport(w.db, 'products', sheet);
    await expect(commitImport(w.db, w.clerk, preview)).rejects.toBeInstanceOf(PermissionError);
    await commitImport(w.db, w.keeper, preview);
    expect((await listProducts(w.db)).map((p) => [p.code, p.isTestChamber, p.selfPickupOnly])).toEqual([['LX-PP', false, false], ['SYX-1', true, true]]);
    expect(await openStockAlerts(w.db)).toHaveLength(1);
  });

  it('reads an .xlsx with true Excel row numbers, and the template round-trips through the mapping', async () => {
    const sheet = await sheetOf(xlsxBytes([['姓名', '电话'], ['张三', 13800138000], [], ['李四', '12345']]));
    const preview = await previewImport(w.db, 'customers', sheet);
    expect(preview.result.report).toEqual([{ row: 4, column: '电话', field: 'phone', reason: 'import.error.badPhone' }]);
    const template = await sheetOf(importTemplateBytes('customers', 'zh-CN'));
    const fromTemplate = await previewImport(w.db, 'customers', template);
    expect(fromTemplate.canImport).toBe(true);
    expect(fromTemplate.result.valid[0]?.value).toMatchObject({ name: '张三', memberNo: 'M0001', type: 'member' });
  });
});
