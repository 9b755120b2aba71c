import dayjs from 'dayjs';
import { translate, type Lang, type StringKey } from '@shared/i18n';
import type { SheetCell } from '@shared/export/sheet-spec';
import type { CountSheetRow, StockTake } from '@shared/stock/stock-take';
import type { ExportTable } from '../common/table-export';
import type { PrintColumn, PrintTable } from '../../../print/table-layout';
import { scopeText } from './take-form';

type Column = { key: StringKey; widthMm: number; align?: PrintColumn['align']; cell: (r: CountSheetRow) => SheetCell };

/** WH-2: a blind sheet leaves out the book quantity, so the counter counts what is on the shelf. */
function columns(blind: boolean): Column[] {
  const all: (Column | false)[] = [
    { key: 'product.field.location', widthMm: 20, cell: (r) => r.location },
    { key: 'product.field.code', widthMm: 26, cell: (r) => r.code },
    { key: 'product.field.name', widthMm: 48, cell: (r) => r.name },
    { key: 'product.field.spec', widthMm: 26, cell: (r) => r.spec },
    { key: 'product.field.unit', widthMm: 12, align: 'center', cell: (r) => r.unit },
    !blind && { key: 'stock.take.field.bookQty', widthMm: 18, align: 'right', cell: (r) => r.bookQty ?? null },
    { key: 'stock.take.field.countedQty', widthMm: 18, align: 'right', cell: (r) => r.countedQty ?? null },
    { key: 'stock.take.field.reason', widthMm: 28, cell: () => null },
  ];
  return all.filter((c): c is Column => c !== false);
}

function names(take: Pick<StockTake, 'docNo' | 'day' | 'scope'>, lang: Lang) {
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params);
  return {
    t,
    info: t('stockui.take.sheetInfo', { docNo: take.docNo, day: take.day, scope: scopeText(t, take.scope, t('list.separator')) }),
    fileName: t('stockui.take.sheetFile', { docNo: take.docNo }),
  };
}

/** WH-2: the count sheet (盘点表) on A4, in walking order, signed by the counter, the keeper and the supervisor. */
export function countSheetPrintTable(take: Pick<StockTake, 'docNo' | 'day' | 'scope' | 'blind'>, rows: readonly CountSheetRow[], lang: Lang, now: number): PrintTable {
  const { t, info, fileName } = names(take, lang);
  const cols = columns(take.blind);
  return {
    title: t('stock.take.sheetTitle'),
    info: [info, t('stockui.printedAt', { time: dayjs(now).format('YYYY-MM-DD HH:mm') })],
    columns: cols.map((c) => ({ label: t(c.key), widthMm: c.widthMm, ...(c.align ? { align: c.align } : {}) })),
    rows: rows.map((r) => cols.map((c) => String(c.cell(r) ?? ''))),
    signatures: [t('stockui.sign.counter'), t('stockui.sign.keeper'), t('stockui.sign.supervisor')],
    emptyText: t('stock.error.noLines'),
    fileName,
    lang,
  };
}

export function countSheetExportTable(take: Pick<StockTake, 'docNo' | 'day' | 'scope' | 'blind'>, rows: readonly CountSheetRow[], lang: Lang): ExportTable {
  const { t, fileName } = names(take, lang);
  const cols = columns(take.blind);
  return { sheetName: take.docNo, headers: cols.map((c) => t(c.key)), rows: rows.map((r) => cols.map((c) => c.cell(r))), fileName: `${fileName}.xlsx` };
}
