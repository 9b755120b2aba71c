import { translate, type Lang } from '../i18n';
import type { ServiceCard } from '../service/card';
import { dateCell, nameOf, sheetFromColumns, type ColumnDef, type NameLookup } from './columns';
import type { SheetCell, SheetSpec } from './sheet-spec';

const columns = [
  { label: 'service.card.field.cardNo', min: 15, max: 34 },
  { label: 'service.card.field.customer', min: 10, max: 30 },
  { label: 'service.card.field.product', min: 10, max: 30 },
  { label: 'service.card.field.serialNo', min: 10, max: 24 },
  { label: 'service.card.field.serviceDate', min: 11, max: 14, date: 'yyyy-mm-dd' },
  { label: 'service.card.field.content', min: 20, max: 60 },
  { label: 'service.card.field.technician', min: 8, max: 16 },
  { label: 'service.card.field.nextServiceDate', min: 13, max: 14, date: 'yyyy-mm-dd' },
] as const satisfies readonly ColumnDef[];

export interface ServiceCardLookups {
  customers: NameLookup;
  products: NameLookup;
  staff: NameLookup;
}

/** The service-card sheet (服务卡, REC-2): one row per card, by service date then card number. */
export function serviceCardSheet(cards: readonly ServiceCard[], lookups: ServiceCardLookups, lang: Lang): SheetSpec {
  const rows = [...cards]
    .sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : a.cardNo.localeCompare(b.cardNo)))
    .map((c): SheetCell[] => [
      c.cardNo,
      nameOf(lookups.customers, c.customerId),
      nameOf(lookups.products, c.productId),
      c.serialNo,
      dateCell(c.serviceDate),
      c.content,
      nameOf(lookups.staff, c.technicianId),
      dateCell(c.nextServiceDate),
    ]);
  return sheetFromColumns(translate(lang, 'export.sheet.serviceCards'), columns, rows, lang);
}
