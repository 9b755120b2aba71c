import { describe, expect, it } from 'vitest';
import type { ReorderRow } from '@shared/stock/safety';
import { reorderExportTable, reorderPrintTable } from './reorder-report';

const row: ReorderRow = {
  productId: 1, code: 'LX-01', name: '滤芯', category: '配件', spec: 'PP-10', unit: '个', location: 'A-01', onHand: 2, safetyStock: 5, suggestedQty: 4,
};
const now = new Date(2026, 10, 27, 9, 30).getTime();

describe('IN-1 reorder list report', () => {
  it('prints one row per product with its suggested quantity', () => {
    const table = reorderPrintTable([row], 'zh-CN', now);
    expect(table.title).toBe('补货清单');
    expect(table.rows).toEqual([['LX-01', '滤芯', 'PP-10', '个', 'A-01', '2', '5', '4']]);
    expect(table.columns.map((c) => c.label)).toContain('建议补货');
    expect(table.info[0]).toContain('2026-11-27 09:30');
    expect(table.fileName).toBe('补货清单-2026-11-27');
  });

  it('exports the same columns, numbers as numbers', () => {
    const table = reorderExportTable([row], 'en', now);
    expect(table.headers).toHaveLength(8);
    expect(table.rows[0]?.slice(5)).toEqual([2, 5, 4]);
    expect(table.fileName).toBe('Reorder list 2026-11-27.xlsx');
  });
});
