import { describe, expect, it } from 'vitest';
import type { CountSheetRow } from '@shared/stock/stock-take';
import { countSheetExportTable, countSheetPrintTable } from './count-sheet-report';

const take = { docNo: 'PD20261127-001', day: '2026-11-27', scope: { kind: 'all' as const }, blind: false };
const row: CountSheetRow = { productId: 1, location: 'A-01', code: 'LX-01', name: '滤芯', spec: 'PP', unit: '个', bookQty: 5 };
const rows = [row];

describe('WH-2 count sheet', () => {
  it('prints the book quantity on an open count', () => {
    const table = countSheetPrintTable(take, rows, 'zh-CN', 0);
    expect(table.columns.map((c) => c.label)).toContain('账面数量');
    expect(table.rows[0]).toEqual(['A-01', 'LX-01', '滤芯', 'PP', '个', '5', '', '']);
    expect(table.info[0]).toBe('盘点单 PD20261127-001,2026-11-27,全部产品');
  });

  it('WH-2: a blind count sheet leaves the book quantity out', () => {
    const table = countSheetPrintTable({ ...take, blind: true }, [{ ...row, bookQty: undefined }], 'zh-CN', 0);
    expect(table.columns.map((c) => c.label)).not.toContain('账面数量');
    expect(countSheetExportTable({ ...take, blind: true }, rows, 'zh-CN').headers).not.toContain('账面数量');
  });

  it('exports quantities as numbers', () => {
    const table = countSheetExportTable(take, [{ ...row, countedQty: 4 }], 'zh-CN');
    expect(table.rows[0]).toEqual(['A-01', 'LX-01', '滤芯', 'PP', '个', 5, 4, null]);
    expect(table.fileName).toBe('盘点表-PD20261127-001.xlsx');
  });
});
