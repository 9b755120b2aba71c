import { describe, expect, it } from 'vitest';
import { fieldOfPath, RowReader, sheetFromAoa, sheetFromObjects } from './sheet';

describe('sheets', () => {
  it('reads an array of arrays with the header first', () => {
    expect(sheetFromAoa([['姓名', 1], ['张三', 13800138000]])).toEqual({ headers: ['姓名', '1'], rows: [['张三', 13800138000]] });
    expect(sheetFromAoa([])).toEqual({ headers: [], rows: [] });
  });

  it('reads objects keyed by header, in first-seen column order', () => {
    expect(sheetFromObjects([{ 姓名: '张三' }, { 姓名: '李四', 电话: '139' }])).toEqual({
      headers: ['姓名', '电话'], rows: [['张三', undefined], ['李四', '139']],
    });
  });

  it('reads a row through the mapping and reports one reason per cell', () => {
    const r = new RowReader(5, [' 张三 ', null], ['姓名', '电话'], { name: 0, phone: 1 });
    expect(r.text('name')).toBe('张三');
    expect(r.column('phone')).toBe('电话');
    r.report('phone', 'import.error.required');
    r.report('phone', 'crm.error.badPhone');
    expect(r.entries).toEqual([{ row: 5, column: '电话', field: 'phone', reason: 'import.error.required' }]);
    expect(new RowReader(6, [null, ' '], [], {}).isEmpty()).toBe(true);
  });

  it('maps a validator path to its import field', () => {
    expect(fieldOfPath('phones.1', { phones: 'phone' })).toBe('phone');
    expect(fieldOfPath('price', {})).toBe('price');
  });
});
