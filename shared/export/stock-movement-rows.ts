import { translate, type Lang } from '../i18n';
import type { Product } from '../products/product';
import type { Movement } from '../stock/ledger';
import { dateCell, instantCell, nameOf, sheetFromColumns, type ColumnDef, type NameLookup } from './columns';
import type { SheetCell, SheetSpec } from './sheet-spec';

const columns = [
  { label: 'stock.field.docNo', min: 15, max: 16 },
  { label: 'stock.field.kind', min: 8, max: 14 },
  { label: 'stock.field.at', min: 17, max: 17, date: 'yyyy-mm-dd hh:mm' },
  { label: 'stock.field.day', min: 11, max: 14, date: 'yyyy-mm-dd' },
  { label: 'export.col.productCode', min: 10, max: 34 },
  { label: 'export.col.product', min: 10, max: 30 },
  { label: 'stock.field.qty', min: 6, max: 10 },
  { label: 'export.col.customer', min: 10, max: 30 },
  { label: 'stock.field.handler', min: 8, max: 16 },
  { label: 'stock.field.note', min: 12, max: 40 },
] as const satisfies readonly ColumnDef[];

/**
 * The stock-movement sheet (出入库记录): one row per product line of each movement, in posting
 * order, the quantity signed (+ in, − out) as a number so the column sums to the net change.
 */
export function stockMovementSheet(
  movements: readonly Movement[],
  products: ReadonlyMap<number, Pick<Product, 'code' | 'name'>>,
  customers: NameLookup,
  lang: Lang,
): SheetSpec {
  const rows = [...movements]
    .sort((a, b) => a.at - b.at)
    .flatMap((m) =>
      m.lines.map((l): SheetCell[] => [
        m.docNo,
        translate(lang, `stock.kind.${m.kind}`),
        instantCell(m.at),
        dateCell(m.day),
        products.get(l.productId)?.code ?? '',
        products.get(l.productId)?.name ?? `#${l.productId}`,
        l.qty,
        nameOf(customers, m.customerId),
        m.handlerName,
        m.note ?? '',
      ]),
    );
  return sheetFromColumns(translate(lang, 'export.sheet.stockMovements'), columns, rows, lang);
}
