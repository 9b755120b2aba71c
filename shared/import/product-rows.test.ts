import { describe, expect, it } from 'vitest';
import { productImportFields } from './fields';
import { readProductRow } from './product-rows';
import { suggestMapping } from './mapping';
import { RowReader } from './sheet';

const headers = ['编码', '名称', '类别', '规格', '单位', '价格', '库位', '安全库存', '序列号管理', '仅限自提', '需领导签字', '试验箱', '启用'];
const mapping = suggestMapping(headers, productImportFields);
const read = (cells: unknown[]) => {
  const r = new RowReader(7, cells, headers, mapping);
  return { value: readProductRow(r, new Set(), new Map()), entries: r.entries };
};

describe('readProductRow', () => {
  it('reads every column, flags included', () => {
    const { value, entries } = read([' ab-1 ', '主机', '设备', 'X1', '台', 99.9, 'A-01', 3, '是', '否', 'Y', '否', '否']);
    expect(entries).toEqual([]);
    expect(value).toEqual({
      code: 'AB-1', name: '主机', category: '设备', spec: 'X1', unit: '台', price: 99.9, location: 'A-01', safetyStock: 3,
      serialTracked: true, selfPickupOnly: false, needsLeaderSignOff: true, isTestChamber: false, active: false, isSet: false, components: [],
    });
  });

  it('keeps defaults for blank flags and reports unreadable ones', () => {
    expect(read(['AB-2', '主机', '', '', '', '', '', '', '', '', '', '', ''])).toMatchObject({ value: { active: true, serialTracked: false } });
    expect(read(['AB-3', '主机', '', '', '', '', '', '', '', '', '', '', '停用']).entries).toEqual([
      { row: 7, column: '启用', field: 'active', reason: 'import.error.badBoolean' },
    ]);
  });
});
