import { translate, type Lang } from '../i18n';
import type { ExportableKind } from '../records/export-schedule';
import type { DateRange } from '../records/periods';
import { sheetFromColumns, type ColumnDef } from './columns';
import type { SheetCell, SheetSpec } from './sheet-spec';

const columns = [
  { label: 'export.summary.item', min: 16, max: 30 },
  { label: 'export.summary.value', min: 24, max: 40 },
] as const satisfies readonly ColumnDef[];

export interface SummaryInput {
  range: DateRange;
  /** Rows written per kind, in the workbook's sheet order. */
  counts: readonly { kind: ExportableKind; count: number }[];
  exportedBy: string;
  /** Epoch ms. */
  at: number;
}

/**
 * The summary sheet (汇总) that ends every multi-kind workbook: the range, who exported and when,
 * and the row count of each kind's sheet, with the total. The export time is a real date cell;
 * the writer formats only Date cells, so the count cells in the same column stay numbers.
 */
export function summarySheet(input: SummaryInput, lang: Lang): SheetSpec {
  const total = input.counts.reduce((n, c) => n + c.count, 0);
  const rows: SheetCell[][] = [
    [translate(lang, 'export.summary.range'), translate(lang, 'export.summary.rangeValue', { from: input.range.from, to: input.range.to })],
    [translate(lang, 'export.summary.exportedBy'), input.exportedBy],
    [translate(lang, 'export.summary.at'), new Date(input.at)],
    ...input.counts.map((c): SheetCell[] => [
      translate(lang, 'export.summary.count', { kind: translate(lang, `export.sheet.${c.kind}`) }),
      c.count,
    ]),
    [translate(lang, 'export.summary.total'), total],
  ];
  const sheet = sheetFromColumns(translate(lang, 'export.sheet.summary'), columns, rows, lang);
  return { ...sheet, dateColumns: [{ col: 1, format: 'yyyy-mm-dd hh:mm' }] };
}

/**
 * The workbook's file name: the kind's name for one kind (服务卡_2026-11-01_2026-11-30.xlsx), the
 * collective name for several (售后服务记录_…).
 */
export function workbookFileName(kinds: readonly ExportableKind[], range: DateRange, lang: Lang = 'zh-CN'): string {
  const [only] = kinds;
  const name = kinds.length === 1 && only ? translate(lang, `export.kind.${only}`) : translate(lang, 'export.kind.serviceRecords');
  return `${name}_${range.from}_${range.to}.xlsx`;
}
