import { describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { exportTable, safeSheetName, tableSheetSpec } from './table-export';

const table = { sheetName: '补货清单', headers: ['编码', '名称', '库存'], rows: [['P-1', '试验箱', 2]], fileName: '补货清单-2026-11-27.xlsx' };

describe('list export to Excel', () => {
  it('keeps sheet names Excel accepts', () => {
    expect(safeSheetName('日结 2026/11/27')).toBe('日结 2026 11 27');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('')).toBe('Sheet1');
  });

  it('sizes the columns to the header and the text', () => {
    const spec = tableSheetSpec(table);
    expect(spec.colWidths).toHaveLength(3);
    expect(spec.colWidths[1]).toBeGreaterThanOrEqual(8); // 试验箱 = 6 wide + 2
  });

  it('writes an .xlsx with the rows, numbers kept as numbers', async () => {
    const writeExport = vi.fn(async (_name: string, _bytes: Uint8Array) => ({ location: 'download' }));
    const result = await exportTable(table, { writeExport });
    expect(result).toEqual({ status: 'written', location: 'download' });
    const [name, bytes] = writeExport.mock.calls[0] ?? [];
    expect(name).toBe('补货清单-2026-11-27.xlsx');
    const sheet = XLSX.read(bytes).Sheets['补货清单'];
    expect(sheet?.A2?.v).toBe('P-1');
    expect(sheet?.C2).toMatchObject({ t: 'n', v: 2 });
  });

  it('reports a cancelled save', async () => {
    expect(await exportTable(table, { writeExport: async () => null })).toEqual({ status: 'cancelled' });
  });
});
