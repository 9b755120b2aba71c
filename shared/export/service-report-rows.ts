import { translate, type Lang } from '../i18n';
import type { ServiceReport } from '../service/report';
import { instantCell, nameOf, namesOf, sheetFromColumns, type ColumnDef, type NameLookup } from './columns';
import type { SheetCell, SheetSpec } from './sheet-spec';

const columns = [
  { label: 'service.report.field.request', min: 15, max: 16 },
  { label: 'service.report.field.customer', min: 10, max: 30 },
  { label: 'service.report.field.technicians', min: 10, max: 24 },
  { label: 'service.report.field.arrivalAt', min: 17, max: 17, date: 'yyyy-mm-dd hh:mm' },
  { label: 'service.report.field.departureAt', min: 17, max: 17, date: 'yyyy-mm-dd hh:mm' },
  { label: 'service.report.field.workDone', min: 20, max: 60 },
  { label: 'service.report.field.partsUsed', min: 12, max: 40 },
  { label: 'service.report.field.result', min: 8, max: 10 },
  { label: 'service.report.field.feedback', min: 12, max: 40 },
  { label: 'service.report.field.signature', min: 10, max: 16 },
  { label: 'service.report.field.unresolved', min: 16, max: 60 },
  { label: 'export.col.voided', min: 6, max: 8 },
] as const satisfies readonly ColumnDef[];

export interface ServiceReportLookups {
  customers: NameLookup;
  staff: NameLookup;
  products: NameLookup;
  /** Request id → its number (FW…). */
  requestNos: ReadonlyMap<number, string>;
}

function partsText(report: ServiceReport, products: NameLookup, lang: Lang): string {
  return report.partsUsed
    .map((p) => translate(lang, 'service.report.partLine', { product: nameOf(products, p.productId) || `#${p.productId}`, qty: p.qty }))
    .join('、');
}

/** The service-report sheet (服务报告): one row per report, oldest visit first, names and labels resolved. */
export function serviceReportSheet(reports: readonly ServiceReport[], lookups: ServiceReportLookups, lang: Lang): SheetSpec {
  const voided = translate(lang, 'export.voidedMark');
  const rows = [...reports]
    .sort((a, b) => a.arrivalAt - b.arrivalAt)
    .map((r): SheetCell[] => [
      r.requestId !== undefined ? (lookups.requestNos.get(r.requestId) ?? '') : '',
      nameOf(lookups.customers, r.customerId),
      namesOf(lookups.staff, r.technicianIds),
      instantCell(r.arrivalAt),
      instantCell(r.departureAt),
      r.workDone,
      partsText(r, lookups.products, lang),
      translate(lang, `service.result.${r.result}`),
      r.feedback,
      r.customerSignatureName,
      r.unresolvedProblems.join(';'),
      r.voided ? voided : '',
    ]);
  return sheetFromColumns(translate(lang, 'export.sheet.serviceReports'), columns, rows, lang);
}
