import dayjs from 'dayjs';
import { translate, type Lang, type StringKey } from '@shared/i18n';
import type { ReorderRow } from '@shared/stock/safety';
import type { ExportTable } from '../common/table-export';
import type { PrintColumn, PrintTable } from '../../../print/table-layout';

const columns: { key: StringKey; widthMm: number; align?: PrintColumn['align'] }[] = [
  { key: 'product.field.code', widthMm: 24 },
  { key: 'product.field.name', widthMm: 44 },
  { key: 'product.field.spec', widthMm: 26 },
  { key: 'product.field.unit', widthMm: 10, align: 'center' },
  { key: 'product.field.location', widthMm: 18 },
  { key: 'stock.field.onHand', widthMm: 16, align: 'right' },
  { key: 'stock.safety.field.safetyStock', widthMm: 18, align: 'right' },
  { key: 'stock.safety.field.suggestedQty', widthMm: 18, align: 'right' },
];

const cells = (r: ReorderRow) => [r.code, r.name, r.spec, r.unit, r.location, r.onHand, r.safetyStock, r.suggestedQty] as const;

function fileName(lang: Lang, now: number): string {
  return translate(lang, 'stockui.stock.reorderFile', { day: dayjs(now).format('YYYY-MM-DD') });
}

/** IN-1: the reorder list (补货清单) on A4, signed by whoever prepared it and the supervisor. */
export function reorderPrintTable(rows: readonly ReorderRow[], lang: Lang, now: number): PrintTable {
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params);
  return {
    title: t('stock.safety.reorderTitle'),
    info: [`${t('stockui.stock.reorderInfo', { count: rows.length })}    ${t('stockui.printedAt', { time: dayjs(now).format('YYYY-MM-DD HH:mm') })}`],
    columns: columns.map((c) => ({ label: t(c.key), widthMm: c.widthMm, ...(c.align ? { align: c.align } : {}) })),
    rows: rows.map((r) => cells(r).map(String)),
    signatures: [t('stockui.sign.preparedBy'), t('stockui.sign.supervisor')],
    emptyText: t('stockui.stock.reorderEmpty'),
    fileName: fileName(lang, now),
    lang,
  };
}

/** IN-1: the same list for Excel; quantities stay numbers. */
export function reorderExportTable(rows: readonly ReorderRow[], lang: Lang, now: number): ExportTable {
  return {
    sheetName: translate(lang, 'stock.safety.reorderTitle'),
    headers: columns.map((c) => translate(lang, c.key)),
    rows: rows.map((r) => [...cells(r)]),
    fileName: `${fileName(lang, now)}.xlsx`,
  };
}
