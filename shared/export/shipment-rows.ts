import { translate, type Lang } from '../i18n';
import { formatGoods, type ShipmentLogRow } from '../shipping/shipment-log';
import { instantCell, sheetFromColumns, type ColumnDef } from './columns';
import type { SheetCell, SheetSpec } from './sheet-spec';

const columns = [
  { label: 'shipment.field.shippedAt', min: 17, max: 17, date: 'yyyy-mm-dd hh:mm' },
  { label: 'shipment.field.slipNo', min: 15, max: 16 },
  { label: 'shipment.field.name', min: 8, max: 16 },
  { label: 'shipment.field.phone', min: 13, max: 16 },
  { label: 'shipment.field.address', min: 20, max: 60 },
  { label: 'shipment.field.carrier', min: 10, max: 16 },
  { label: 'shipment.field.trackingNo', min: 16, max: 24 },
  { label: 'shipment.field.goods', min: 16, max: 60 },
  { label: 'shipment.field.status', min: 8, max: 10 },
  { label: 'export.col.voided', min: 6, max: 8 },
] as const satisfies readonly ColumnDef[];

/** The shipment-log sheet (发货登记, SHP-3): the rows `shipmentLogRows` builds, in dispatch order. */
export function shipmentSheet(rows: readonly ShipmentLogRow[], lang: Lang): SheetSpec {
  const voided = translate(lang, 'export.voidedMark');
  const cells = [...rows]
    .sort((a, b) => a.shippedAt - b.shippedAt)
    .map((r): SheetCell[] => [
      instantCell(r.shippedAt),
      r.slipNo,
      r.name,
      r.phone,
      r.address,
      r.carrier,
      r.trackingNo,
      formatGoods(r.goods),
      translate(lang, `shipment.status.${r.status}`),
      r.voided ? voided : '',
    ]);
  return sheetFromColumns(translate(lang, 'export.sheet.shipmentLog'), columns, cells, lang);
}
