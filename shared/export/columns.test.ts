import { describe, expect, it } from 'vitest';
import { dateCell, instantCell, nameOf, namesOf, sheetFromColumns } from './columns';

describe('sheet columns', () => {
  it('builds headers, widths and date columns from the column list', () => {
    const sheet = sheetFromColumns('表', [
      { label: 'service.card.field.cardNo', min: 10, max: 20 },
      { label: 'service.card.field.serviceDate', min: 11, max: 14, date: 'yyyy-mm-dd' },
    ], [['FK20261127-001', new Date(2026, 10, 27)]], 'zh-CN');
    expect(sheet.headers).toEqual(['服务卡号', '服务日期']);
    expect(sheet.colWidths).toEqual([16, 11]);
    expect(sheet.dateColumns).toEqual([{ col: 1, format: 'yyyy-mm-dd' }]);
  });

  it('resolves names and leaves unknown ids blank', () => {
    const staff = new Map([[3, { name: ' 李师傅 ' }], [4, { name: '赵师傅' }]]);
    expect(nameOf(staff, 3)).toBe('李师傅');
    expect(nameOf(staff, 99)).toBe('');
    expect(nameOf(staff, undefined)).toBe('');
    expect(namesOf(staff, [3, 99, 4])).toBe('李师傅、赵师傅');
  });

  it('turns local dates and instants into date cells, blanks into empty cells', () => {
    expect(dateCell('2026-11-27')).toEqual(new Date(2026, 10, 27));
    expect(dateCell(undefined)).toBeNull();
    expect(dateCell('2026-02-30')).toBeNull();
    expect(instantCell(5)).toEqual(new Date(5));
    expect(instantCell(undefined)).toBeNull();
  });
});
