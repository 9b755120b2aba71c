import { describe, expect, it } from 'vitest';
import { customerImportFields, productImportFields } from './fields';
import { suggestMapping } from './mapping';
import { canImport } from './report';
import { sheetFromAoa } from './sheet';
import { validateImportRows } from './validate';

const existing = { productCodes: new Set(['js-100']), phones: new Set(['139-0013-9000']) };

function customers(rows: unknown[][], headers = ['客户名称', '手机', '客户类型', '会员编号', '详细地址', '等级', '重点客户']) {
  const sheet = sheetFromAoa([headers, ...rows]);
  return validateImportRows(sheet, suggestMapping(sheet.headers, customerImportFields), 'customers', existing);
}

function products(rows: unknown[][], headers = ['产品编码', '产品名称', '单价', '安全库存', '试验箱']) {
  const sheet = sheetFromAoa([headers, ...rows]);
  return validateImportRows(sheet, suggestMapping(sheet.headers, productImportFields), 'products', existing);
}

describe('importing customers', () => {
  it('turns good rows into customers with their profile, skipping blank rows', () => {
    const result = customers([
      ['张三', 13800138000, '会员', 'm-01', '北京市海淀区中关村大街1号', 'a', '是'],
      [null, null, null, null, null, null, null],
      ['李四', '010-65529988 / 13700137000', '', '', '', '', ''],
    ]);
    expect(result.report).toEqual([]);
    expect(canImport(result)).toBe(true);
    expect(result.valid.map((v) => v.row)).toEqual([2, 4]);
    expect(result.valid[0]?.value).toMatchObject({
      name: '张三', phones: ['13800138000'], primaryPhone: '13800138000', type: 'member', memberNo: 'M-01', grade: 'A', isKey: true,
      addresses: [{ detail: '北京市海淀区中关村大街1号', isDefault: true }],
    });
    expect(result.valid[1]?.value).toMatchObject({ type: 'ordinary', phones: ['01065529988', '13700137000'], isKey: false });
  });

  it('reports empty required cells, bad phones and wrong values by Excel row and header, and blocks the import', () => {
    const result = customers([
      ['', '13800138000', '', '', '', '', ''],
      ['王五', '12345', '', '', '', '', ''],
      ['赵六', '13600136000', '贵宾', '', '', 'E', '也许'],
      ['钱七', '13500135000', '会员', '', '', '', ''],
    ]);
    expect(result.report).toEqual([
      { row: 2, column: '客户名称', field: 'name', reason: 'import.error.required' },
      { row: 3, column: '手机', field: 'phone', reason: 'import.error.badPhone' },
      { row: 4, column: '客户类型', field: 'type', reason: 'import.error.badChoice' },
      { row: 4, column: '等级', field: 'grade', reason: 'import.error.badChoice' },
      { row: 4, column: '重点客户', field: 'isKey', reason: 'import.error.badBoolean' },
      { row: 5, column: '会员编号', field: 'memberNo', reason: 'crm.error.memberNoRequired' },
    ]);
    expect(canImport(result)).toBe(false);
  });

  it('refuses values it would otherwise change silently, each with its row and column, and imports nothing', () => {
    const result = customers([
      ['甲', '139abc45678', '', '', '', '', ''],
      ['乙', new Date(2024, 0, 15), '', '', '', '', ''],
      ['丙', true, '', '', '', '', ''],
      ['丁', '无', '', '', '', '', ''],
      ['戊', '13800138000', '', '', '', '', ''],
    ]);
    expect(result.report.map((e) => `${e.row}:${e.column}:${e.reason}`)).toEqual([
      // Letters ("abc", "无") get the message every phone field gives for them.
      '2:手机:phone.error.chars',
      '3:手机:import.error.phoneNotText',
      '4:手机:import.error.phoneNotText',
      '5:手机:phone.error.chars',
    ]);
    expect(canImport(result)).toBe(false);
  });

  it('refuses regions that are none: 火星省, 44, 廣東省, a city of another province', () => {
    const result = customers(
      [
        ['甲', '13800138001', '火星省', '', '', '1号'],
        ['乙', '13800138002', '44', '', '', '1号'],
        ['丙', '13800138003', '廣東省', '深圳市', '', '1号'],
        ['丁', '13800138004', '广东省', '杭州市', '', '1号'],
        ['戊', '13800138005', '广东省', '深圳市', '南山区', '1号'],
      ],
      ['客户名称', '手机', '省', '市', '区', '地址'],
    );
    expect(result.report.map((e) => `${e.row}:${e.column}:${e.reason}`)).toEqual([
      '2:省:import.error.unknownProvince',
      '3:省:import.error.unknownProvince',
      '4:省:import.error.unknownProvince',
      '5:市:import.error.unknownCity',
    ]);
    expect(result.valid).toHaveLength(1);
    expect(canImport(result)).toBe(false);
  });

  it('refuses a date or a yes/no cell in a text column (a name, a note)', () => {
    const result = customers([[new Date(2024, 0, 15), '13800138000', '', '', false, '', '']]);
    expect(result.report.map((e) => `${e.row}:${e.column}:${e.reason}`)).toEqual(['2:客户名称:import.error.notText', '2:详细地址:import.error.notText']);
  });

  it('reports phones repeated in the file or already on file', () => {
    const result = customers([
      ['张三', '13800138000', '', '', '', '', ''],
      ['张三丰', '138-0013-8000', '', '', '', '', ''],
      ['孙八', '13900139000', '', '', '', '', ''],
    ]);
    expect(result.report.map((e) => [e.row, e.reason])).toEqual([
      [3, 'import.error.duplicatePhoneInFile'],
      [4, 'import.error.phoneExists'],
    ]);
    expect(canImport(result)).toBe(false);
  });

  it('reports a file with the wrong columns on the header row and reads no rows', () => {
    const result = customers([['P-1', '净水器']], ['产品编码', '名称']);
    expect(result).toEqual({ valid: [], report: [{ row: 1, column: '', field: 'phone', reason: 'import.error.missingColumn' }] });
  });

  it('reports a file with a header and no data', () => {
    expect(customers([]).report).toEqual([{ row: 1, column: '', reason: 'import.error.noRows' }]);
  });
});

describe('importing products', () => {
  it('turns good rows into products; blank numbers are 0 and a test chamber is pickup-only', () => {
    const result = products([
      ['tc-1', '高低温试验箱', '12,800.00', 2, '是'],
      ['LX-01', '滤芯', '', '', ''],
    ]);
    expect(result.report).toEqual([]);
    expect(result.valid[0]?.value).toMatchObject({ code: 'TC-1', price: 12800, safetyStock: 2, isTestChamber: true, selfPickupOnly: true, active: true, isSet: false });
    expect(result.valid[1]?.value).toMatchObject({ code: 'LX-01', price: 0, safetyStock: 0, isTestChamber: false });
  });

  it('reports duplicate codes within the file and against codes already in use', () => {
    const result = products([
      ['LX-01', '滤芯', 10, 1, ''],
      ['lx-01', '滤芯(重复)', 10, 1, ''],
      ['JS-100', '净水器', 10, 1, ''],
    ]);
    expect(result.report).toEqual([
      { row: 3, column: '产品编码', field: 'code', reason: 'import.error.duplicateCodeInFile' },
      { row: 4, column: '产品编码', field: 'code', reason: 'import.error.codeExists' },
    ]);
    expect(result.valid.map((v) => v.row)).toEqual([2]);
    expect(canImport(result)).toBe(false);
  });

  it('refuses a date cell as a product code instead of importing the code 2024-01-15', () => {
    const result = products([[new Date(2024, 0, 15), '滤芯', 10, 1, '']]);
    expect(result.report.map((e) => `${e.row}:${e.column}:${e.reason}`)).toEqual(['2:产品编码:import.error.notText']);
  });

  it('reports empty required cells, bad codes, prices and quantities', () => {
    const result = products([
      ['', '滤芯', 10, 1, ''],
      ['LX 02', '滤芯', '十元', -1, 'x'],
      ['LX-03', '滤芯', 1.005, 1.5, ''],
    ]);
    expect(result.report.map((e) => `${e.row}:${e.column}:${e.reason}`)).toEqual([
      '2:产品编码:import.error.required',
      '3:产品编码:product.error.codePattern',
      '3:单价:import.error.badNumber',
      '3:安全库存:stock.qty.negative',
      '3:试验箱:import.error.badBoolean',
      '4:单价:product.error.priceDecimals',
      '4:安全库存:stock.qty.notInteger',
    ]);
  });
});
