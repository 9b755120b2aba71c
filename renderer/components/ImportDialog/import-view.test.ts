import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { importStatus, remap, reportLimit, reportLines } from './import-view';

const t: Translate = (key, params) => translate('zh-CN', key, params);

describe('import preview', () => {
  it('lists each problem with its Excel row, its column and the reason', () => {
    const { lines, more } = reportLines(t, 'products', [
      { row: 1, column: '', field: 'name', reason: 'import.error.missingColumn' },
      { row: 3, column: '编码', field: 'code', reason: 'import.error.codeExists' },
    ]);
    expect(lines).toEqual([
      { row: '表头', column: '产品名称', reason: '缺少必填列,请在列对应中选择,或使用模板' },
      { row: '3', column: '编码', reason: '该产品编码已被使用' },
    ]);
    expect(more).toBe(0);
  });

  it('counts the problems beyond the listed ones', () => {
    const many = Array.from({ length: reportLimit + 5 }, (_, i) => ({ row: i + 2, column: '单价', field: 'price', reason: 'import.error.badNumber' }));
    expect(reportLines(t, 'products', many).more).toBe(5);
  });

  it('moves one field to another column', () => {
    expect(remap({ code: 0, name: 1 }, 'name', undefined)).toEqual({ code: 0, name: undefined });
  });

  it('says whether the file can be imported: nothing is written while any problem remains', () => {
    expect(importStatus(t, { canImport: true, validCount: 12, problemCount: 0 })).toEqual({ ok: true, text: '检查通过,共 12 行,确认后一次性导入' });
    expect(importStatus(t, { canImport: false, validCount: 11, problemCount: 2 }).ok).toBe(false);
  });
});
