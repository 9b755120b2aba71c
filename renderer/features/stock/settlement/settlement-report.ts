import dayjs from 'dayjs';
import { translate, type Lang, type StringKey } from '@shared/i18n';
import type { DaySettlementResult, SettledDay } from '@shared/stock/settlement';
import type { SheetCell } from '@shared/export/sheet-spec';
import type { ExportTable } from '../common/table-export';
import type { PrintColumn, PrintTable } from '../../../print/table-layout';
import { checkedText, differenceGroups, matchRows, problemText, settlementRows, settlementTotals, type ProductNames } from './settlement-view';

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

/** WH-1: 账单相符 only when nothing is missing; otherwise how many differences. */
function verdict(r: ReportInput): string {
  const t = tr(r.lang);
  return r.result.balanced ? t('stock.settlement.balanced') : t('stockui.settle.unbalanced', { count: r.result.differences.length });
}

function infoLines(r: ReportInput): string[] {
  const t = tr(r.lang);
  const state = r.settled
    ? t('stockui.settle.settledBy', { name: r.settled.settledByName, time: dayjs(r.settled.settledAt).format('YYYY-MM-DD HH:mm') })
    : t('stockui.settle.state.open');
  // The A4 table page has room for two info lines.
  return [
    `${t('stockui.settle.dayLine', { day: r.result.day })}    ${verdict(r)}    ${state}    ${t('stockui.printedAt', { time: dayjs(r.now).format('YYYY-MM-DD HH:mm') })}`,
    checkedText(t, r.result),
  ];
}

function explanationOf(r: ReportInput, key: string): string {
  return (r.settled?.explanations[key] ?? r.explanations?.[key] ?? '').trim();
}

/**
 * WH-1: the settlement report (库房日结报表) on A4: the day's totals per product; the reconciliation
 * (对账明细: each movement and the documents it was matched to); then every difference by document,
 * with what is missing and its explanation.
 */
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
  const matches = matchRows(t, r.result);
  const recon: PrintTable[] = matches.length === 0 ? [] : [{
    ...common,
    title: t('stockui.settle.reconTitle'),
    columns: matchColumns.map((c) => ({ label: t(c.key), widthMm: c.widthMm })),
    rows: matches.map((m) => [m.docNo, m.kind, m.papers, t(m.ok ? 'stockui.settle.ok' : 'stockui.settle.notOk')]),
    emptyText: t('stockui.settle.noMatches'),
  }];
  if (r.result.differences.length === 0) return [totals, ...recon];
  const diffs: PrintTable = {
    ...common,
    title: t('stockui.settle.diffSheet'),
    columns: diffColumns.map((c) => ({ label: t(c.key), widthMm: c.widthMm })),
    rows: differenceRows(r, t),
    emptyText: t('stockui.settle.noDifferences'),
  };
  return [totals, ...recon, diffs];
}

const matchColumns: { key: StringKey; widthMm: number }[] = [
  { key: 'stockui.settle.col.movement', widthMm: 36 },
  { key: 'stockui.settle.col.kind', widthMm: 24 },
  { key: 'stockui.settle.col.papers', widthMm: 108 },
  { key: 'stockui.settle.col.result', widthMm: 18 },
];

const diffColumns: { key: StringKey; widthMm: number }[] = [
  { key: 'stockui.settle.col.document', widthMm: 36 },
  { key: 'stockui.settle.col.problem', widthMm: 90 },
  { key: 'stock.settlement.field.explanation', widthMm: 60 },
];

/** Every difference by document (number order), with what is missing and its explanation. */
function differenceRows(r: ReportInput, t: ReturnType<typeof tr>): string[][] {
  return differenceGroups(r.result.differences).flatMap((g) => g.differences.map((d) => [g.docNo, problemText(t, d, r.products), explanationOf(r, d.key)]));
}

/**
 * WH-1: the same report for Excel: the totals; the verdict and the documents checked; the
 * reconciliation, each movement with its documents; then each difference by document with its explanation.
 */
export function settlementExportTable(r: ReportInput): ExportTable {
  const t = tr(r.lang);
  const rows = settlementRows(r.result, r.products);
  const sum = settlementTotals(rows);
  const body: SheetCell[][] = rows.map((x) => [x.code, x.name, x.unit, x.inbound, x.outbound, x.net]);
  if (rows.length > 0) body.push([null, t('stockui.settle.sum'), null, sum.inbound, sum.outbound, sum.net]);
  body.push([], [verdict(r)], [checkedText(t, r.result)]);
  const matches = matchRows(t, r.result);
  if (matches.length > 0) {
    body.push([], matchColumns.map((c) => t(c.key)));
    for (const m of matches) body.push([m.docNo, m.kind, m.papers, t(m.ok ? 'stockui.settle.ok' : 'stockui.settle.notOk')]);
  }
  if (r.result.differences.length > 0) {
    body.push([], diffColumns.map((c) => t(c.key)));
    body.push(...differenceRows(r, t));
  }
  return {
    sheetName: t('stock.settlement.reportTitle'),
    headers: totalColumns.map((c) => t(c.key)),
    rows: body,
    fileName: `${t('stockui.settle.fileName', { day: r.result.day })}.xlsx`,
  };
}
