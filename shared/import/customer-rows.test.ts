import { describe, expect, it } from 'vitest';
import { customerImportFields } from './fields';
import { readCustomerRow } from './customer-rows';
import { suggestMapping } from './mapping';
import { RowReader } from './sheet';

const headers = ['姓名', '电话', '类型', '店铺编号', '省', '市', '区', '地址', '来源', '备注'];
const mapping = suggestMapping(headers, customerImportFields);
const read = (cells: unknown[], seen = new Map<string, number>(), existing = new Set<string>()) => {
  const r = new RowReader(2, cells, headers, mapping);
  return { value: readCustomerRow(r, existing, seen), entries: r.entries };
};

describe('readCustomerRow', () => {
  it('reads a store with its address split over columns, source and notes', () => {
    const { value, entries } = read(['华联店', '0571-87654321', '门店', 's-9', '浙江省', '杭州市', '西湖区', '文三路 8 号', '展会', '月结']);
    expect(entries).toEqual([]);
    expect(value).toEqual({
      name: '华联店', phones: ['057187654321'], primaryPhone: '057187654321', type: 'store', storeNo: 'S-9', isKey: false,
      addresses: [{ province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 8 号', isDefault: true }],
      source: '展会', notes: '月结',
    });
  });

  it('refuses a store without its number and an address without a street', () => {
    const { value, entries } = read(['华联店', '13800138000', '店铺', '', '浙江省', '', '', '', '', '']);
    expect(value).toBeUndefined();
    expect(entries.map((e) => `${e.field}:${e.reason}`)).toEqual(['storeNo:crm.error.storeNoRequired', 'address:crm.error.addressDetailRequired']);
  });

  it('refuses a row whose phone has letters instead of importing its digits', () => {
    const { value, entries } = read(['张伟', '138abc00138000', '', '', '', '', '', '', '', '']);
    expect(value).toBeUndefined();
    expect(entries.map((e) => `${e.field}:${e.reason}`)).toContain('phone:phone.error.chars');
  });

  it('remembers phones across rows to catch repeats', () => {
    const seen = new Map<string, number>();
    read(['甲', '13800138000', '', '', '', '', '', '', '', ''], seen);
    expect(read(['乙', '13800138000', '', '', '', '', '', '', '', ''], seen).entries[0]?.reason).toBe('import.error.duplicatePhoneInFile');
  });
});
