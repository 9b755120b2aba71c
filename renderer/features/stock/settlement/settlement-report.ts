import dayjs from 'dayjs';
import { translate, type Lang, type StringKey } from '@shared/i18n';
import type { DaySettlementResult, SettledDay } from '@shared/stock/settlement';
import type { SheetCell } from '@shared/export/sheet-spec';
import type { ExportTable } from '../common/table-export';
import type { PrintColumn, PrintTable } from '../../../print/table-layout';
import { differenceText, settlementRows, settlementTotals, type ProductNames } from './settlement-view';

interface ReportInput {
  result: DaySettlementResult;
  /** The saved report of a settled day: who settled it and the explanations kept with it. */
  settled?: SettledDay;
  /** Explanations typed so far, for a day not settled yet. */
  explanations?: Readonly<Record<string, string>>;
  products: ProductNames;
  lang: Lang;
  now: number;
}

const totalColumns: { key: StringKey; widthMm: number; align?: PrintColumn['align'] }[] = [
  { key: 'product.field.code', widthMm: 28 },
  { key: 'product.field.name', widthMm: 64 },
  { key: 'product.field.unit', widthMm: 14, align: 'center' },
  { key: 'stock.settlement.field.inbound', widthMm: 24, align: 'right' },
  { key: 'stock.settlement.field.outbound', widthMm: 24, align: 'right' },
  { key: 'stock.settlement.field.net', widthMm: 24, align: 'right' },
];

function tr(lang: Lang) {
  return (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params);
}

function infoLines(r: ReportInput): string[] {
  const t = tr(r.lang);
  const counts = t('stockui.settle.counts', { movements: r.result.movementCount, documents: r.result.documentCount });
  const state = r.settled
    ? t('stockui.settle.settledBy', { name: r.settled.settledByName, time: dayjs(r.settled.settledAt).format('YYYY-MM-DD HH:mm') })
    : t('stockui.settle.state.open');
  const balanced = r.result.balanced ? `    ${t('stock.settlement.balanced')}` : '';
  return [`${t('stockui.settle.dayLine', { day: r.result.day })}    ${counts}${balanced}`, `${state}    ${t('stockui.printedAt', { time: dayjs(r.now).format('YYYY-MM-DD HH:mm') })}`];
}

function explanationOf(r: ReportInput, key: string): string {
  return (r.settled?.explanations[key] ?? r.explanations?.[key] ?? '').trim();
}

/** WH-1: the settlement report (库房日结报表) on A4: the day's totals per product, then the explained differences. */
export function settlementPrintTables(r: ReportInput): [PrintTable, ...PrintTable[]] {
  const t = tr(r.lang);
  const rows = settlementRows(r.result, r.products);
  const sum = settlementTotals(rows);
  const common = { info: infoLines(r), lang: r.lang, fileName: t('stockui.settle.fileName', { day: r.result.day }), signatures: [t('stockui.sign.keeper'), t('stockui.sign.supervisor')] };
  const totals: PrintTable = {
    ...common,
    title: t('stock.settlement.reportTitle'),
    columns: totalColumns.map((c) => ({ label: t(c.key), widthMm: c.widthMm, ...(c.align ? { align: c.align } : {}) })),
    rows: rows.length === 0 ? [] : [...rows.map((x) => [x.code, x.name, x.unit, String(x.inbound), String(x.outbound), String(x.net)]), ['', t('stockui.settle.sum'), '', String(sum.inbound), String(sum.outbound), String(sum.net)]],
    emptyText: t('stockui.settle.noMovements'),
  };
  if (r.result.differences.length === 0) return [totals];
  const diffs: PrintTable = {
    ...common,
    title: t('stockui.settle.diffSheet'),
    columns: [{ label: t('stockui.settle.differences'), widthMm: 110 }, { label: t('stock.settlement.field.explanation'), widthMm: 76 }],
    rows: r.result.differences.map((d) => [differenceText(t, d, r.products), explanationOf(r, d.key)]),
    emptyText: t('stockui.settle.noDifferences'),
  };
  return [totals, diffs];
}

/** WH-1: the same report for Excel: the totals, a blank row, then each difference with its explanation. */
export function settlementExportTable(r: ReportInput): ExportTable {
  const t = tr(r.lang);
  const rows = settlementRows(r.result, r.products);
  const sum = settlementTotals(rows);
  const body: SheetCell[][] = rows.map((x) => [x.code, x.name, x.unit, x.inbound, x.outbound, x.net]);
  if (rows.length > 0) body.push([null, t('stockui.settle.sum'), null, sum.inbound, sum.outbound, sum.net]);
  if (r.result.differences.length > 0) {
    body.push([], [t('stockui.settle.differences'), t('stock.settlement.field.explanation')]);
    for (const d of r.result.differences) body.push([differenceText(t, d, r.products), explanationOf(r, d.key)]);
  }
  return {
    sheetName: t('stock.settlement.reportTitle'),
    headers: totalColumns.map((c) => t(c.key)),
    rows: body,
    fileName: `${t('stockui.settle.fileName', { day: r.result.day })}.xlsx`,
  };
}
