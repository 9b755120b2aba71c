import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { SheetSpec } from '@shared/export/sheet-spec';
import { excelSerialFromLocal } from '@shared/export/excel-date';
import type { ExportProgress } from './progress';
import { freezeHeaderInSheetXml } from './freeze-panes';
import { buildXlsx, buildXlsxBook } from './xlsx-builder';

const spec: SheetSpec = {
  sheetName: '电话记录',
  headers: ['时间', '方向', '内容', '回访日期'],
  rows: [
    [new Date(2026, 10, 5, 9, 30), '来电', '设备开机后不加热', new Date(2026, 10, 8)],
    [new Date(2026, 10, 6, 14, 5), '去电', '回访', null],
  ],
  colWidths: [17, 6, 20, 11],
  dateColumns: [
    { col: 0, format: 'yyyy-mm-dd hh:mm' },
    { col: 3, format: 'yyyy-mm-dd' },
  ],
};

function firstSheet(bytes: Uint8Array, cellDates: boolean): XLSX.WorkSheet {
  const book = XLSX.read(bytes, { type: 'array', cellDates, cellStyles: true });
  const name = book.SheetNames[0] ?? '';
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('buildXlsx', () => {
  const bytes = buildXlsx(spec);

  it('writes a readable workbook with the sheet name and headers', () => {
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['电话记录']);
    const rows = XLSX.utils.sheet_to_json<string[]>(firstSheet(bytes, false), { header: 1 });
    expect(rows[0]).toEqual(['时间', '方向', '内容', '回访日期']);
    expect(rows).toHaveLength(3);
  });

  it('keeps Chinese text intact', () => {
    expect(firstSheet(bytes, false).C2?.v).toBe('设备开机后不加热');
  });

  it('writes real date cells with a date format showing local wall-clock time', () => {
    const sheet = firstSheet(bytes, false);
    const cell = sheet.A2;
    expect(cell?.t).toBe('n');
    expect(cell?.v).toBe(excelSerialFromLocal(new Date(2026, 10, 5, 9, 30)));
    expect(XLSX.SSF.is_date(String(cell?.z))).toBe(true);
    expect(XLSX.SSF.format(String(cell?.z), Number(cell?.v))).toBe('2026-11-05 09:30');
    expect(XLSX.SSF.format(String(sheet.D2?.z), Number(sheet.D2?.v))).toBe('2026-11-08');
    expect(firstSheet(bytes, true).A2?.t).toBe('d');
  });

  it('leaves an empty value as an empty cell', () => {
    expect(firstSheet(bytes, false).D3).toBeUndefined();
  });

  it('sets column widths and an autofilter over the table', () => {
    const sheet = firstSheet(bytes, false);
    expect(sheet['!cols']?.map((c) => c.wch)).toEqual([17, 6, 20, 11]);
    expect(sheet['!autofilter']?.ref).toBe('A1:D3');
  });

  it('reports progress while filling cells and zipping', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => [new Date(2026, 0, 1, 8, i % 60), '来电', `内容 ${i}`, null]);
    const seen: ExportProgress[] = [];
    const big = buildXlsx({ ...spec, rows }, (p) => seen.push(p));
    expect(seen.filter((p) => p.phase === 'cells').map((p) => p.done)).toEqual([5000, 10_000]);
    expect(seen.at(-1)).toMatchObject({ phase: 'zip', done: 1, total: 1 });
    expect(firstSheet(big, false)['!ref']).toBe('A1:D12001');
  });
});

describe('buildXlsxBook', () => {
  const second: SheetSpec = { sheetName: '汇总', headers: ['项目', '内容'], rows: [['合计(条)', 2]], colWidths: [16, 24], dateColumns: [] };
  const bytes = buildXlsxBook([spec, second]);

  it('writes one sheet per spec, in order, each with its own rows', () => {
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['电话记录', '汇总']);
    const summary = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets['汇总'] ?? {}, { header: 1 });
    expect(summary).toEqual([['项目', '内容'], ['合计(条)', 2]]);
  });

  it('freezes the header row of every sheet (a pane below row 1)', () => {
    const zip: { FullPaths: string[]; FileIndex: { content: Uint8Array }[] } = XLSX.CFB.read(bytes, { type: 'array' });
    const sheets = zip.FullPaths.flatMap((p, i) => (/xl\/worksheets\/sheet\d+\.xml$/.test(p) ? [new TextDecoder().decode(zip.FileIndex[i]?.content)] : []));
    expect(sheets).toHaveLength(2);
    for (const xml of sheets) expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('leaves a sheet XML without the expected view unchanged', () => {
    const xml = new TextEncoder().encode('<worksheet><sheetData/></worksheet>');
    expect(freezeHeaderInSheetXml(xml)).toBe(xml);
  });
});
