import { describe, expect, it } from 'vitest';
import { toPrintDocument } from './print-document';
import { fitColumns, pageRows, type PrintTable } from './table-layout';
import { tablePrintSource } from './table-print';

const table = (rows: string[][]): PrintTable => ({
  title: '补货清单',
  info: ['2026-11-27'],
  columns: [
    { label: '编码', widthMm: 20 },
    { label: '名称', widthMm: 60 },
    { label: '数量', widthMm: 20, align: 'right' },
  ],
  rows,
  signatures: ['制表人', '主管'],
  emptyText: '没有需要补货的产品',
  fileName: 'reorder',
  lang: 'zh-CN',
});

describe('plain A4 report', () => {
  it('pages rows at a fixed count, keeping one page for an empty table', () => {
    expect(pageRows([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pageRows([], 2)).toEqual([[]]);
    expect(() => pageRows([1], 0)).toThrow(RangeError);
  });

  it('scales the columns to the printable width (186 mm on A4 with 12 mm margins)', () => {
    const cols = fitColumns(table([]).columns);
    expect(cols.reduce((s, c) => s + c.widthMm, 0)).toBeCloseTo(186);
    expect(cols[1]?.widthMm).toBeCloseTo(3 * (cols[0]?.widthMm ?? 0));
  });

  it('prints every row once, the page numbers and the empty text', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`P-${i}`, `产品${i}`, String(i)]);
    const source = tablePrintSource(table(rows));
    expect(source.pageCount).toBe(2);
    const html = toPrintDocument(source).html;
    expect(html).toContain('P-29');
    expect(html.match(/<tr>/g)?.length).toBe(30 + 2); // rows + one header per page
    expect(html).toContain('第 2 页 / 共 2 页');
    expect(toPrintDocument(tablePrintSource(table([]))).html).toContain('没有需要补货的产品');
  });
});

describe('several tables in one document', () => {
  it('starts each table on a new page and numbers the pages across all of them', () => {
    const second = { ...table([]), title: '差异说明', emptyText: '没有差异' };
    const source = tablePrintSource(table([['P-1', '滤芯', '1']]), second);
    expect(source.pageCount).toBe(2);
    expect(source.title).toBe('补货清单');
    const html = toPrintDocument(source).html;
    expect(html).toContain('差异说明');
    expect(html).toContain('没有差异');
    expect(html).toContain('第 2 页 / 共 2 页');
  });
});
