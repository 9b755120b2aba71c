import { fitColumnWidths, type SheetCell, type SheetSpec } from '../export/sheet-spec';
import { translate, type Lang, type StringKey } from '../i18n';
import type { DateRange } from '../records/periods';
import { percent, type MonthSummary, type Ratio } from './month-summary';

/** One line of the month report: as shown and printed (`text`), and as Excel keeps it (`cell`, a number where one). */
export interface MonthReportRow {
  label: string;
  text: string;
  cell: SheetCell;
  note: string;
}

const yuan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function ratioText(r: Ratio, lang: Lang): string {
  const p = percent(r);
  return p === null ? translate(lang, 'today.month.empty') : translate(lang, 'today.month.ratio', { done: r.onTime, total: r.total, percent: p });
}

/** The rows in report order; the same rows feed the screen table, the A4 page and the Excel sheet. */
export function monthReportRows(s: MonthSummary, lang: Lang): MonthReportRow[] {
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const n = (label: StringKey, value: number, note = ''): MonthReportRow => ({ label: t(label), text: String(value), cell: value, note });
  return [
    n('today.month.row.calls', s.calls, t('today.month.note.voidedExcluded')),
    n('today.month.row.serviceRequests', s.serviceRequests),
    n('today.month.row.slips', s.slips, t('today.month.note.voidedExcluded')),
    { label: t('today.month.row.amount'), text: yuan(s.amount), cell: s.amount, note: t('today.month.note.voidedExcluded') },
    n('today.month.row.shipments', s.shipments, t('today.month.note.voidedExcluded')),
    {
      label: t('today.month.row.avgDelivery'),
      text: s.avgDeliveryDays === null ? t('today.month.empty') : s.avgDeliveryDays.toFixed(1),
      cell: s.avgDeliveryDays,
      note: t('today.month.note.delivery', { count: s.delivered }),
    },
    { label: t('today.month.row.callbacksOnTime'), text: ratioText(s.callbacks, lang), cell: percent(s.callbacks), note: t('today.month.note.callbacks', { count: s.callbacks.total }) },
    { label: t('today.month.row.reviewsOnTime'), text: ratioText(s.reviews, lang), cell: percent(s.reviews), note: t('today.month.note.reviews', { count: s.reviews.total }) },
  ];
}

/** 'YYYY-MM' of a month range. */
export function monthLabel(month: DateRange): string {
  return month.from.slice(0, 7);
}

/** The Excel sheet: item, value (numbers as numbers; ratios as percentages), note. */
export function monthSheetSpec(s: MonthSummary, month: DateRange, lang: Lang): SheetSpec {
  const headers = [translate(lang, 'today.month.col.item'), translate(lang, 'today.month.col.value'), translate(lang, 'today.month.col.note')];
  const rows: SheetCell[][] = [
    [translate(lang, 'today.month.period', { from: month.from, to: month.to }), null, null],
    ...monthReportRows(s, lang).map((r) => [r.label, r.cell, r.note]),
  ];
  return {
    sheetName: translate(lang, 'today.month.sheetName'),
    headers,
    rows,
    colWidths: fitColumnWidths(headers, rows, [{ min: 14, max: 30 }, { min: 10, max: 16 }, { min: 20, max: 40 }]),
    dateColumns: [],
  };
}
