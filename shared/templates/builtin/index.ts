/**
 * The built-in templates, by id. Each is data (validated by the template schema like any imported
 * template) built for a language, so its printed labels come from the dictionary. The call register
 * is not here: it is a paginated table (model → sheets, shared/print/call-register-sheet.ts) that
 * goes through the same SheetView, printDocument and preview.
 */
import type { Lang } from '../../i18n';
import type { TemplateRecord } from '../format';
import type { Template } from '../template';
import { calibrationTemplate } from './calibration-page';
import { isPurchaseSlipId, purchaseSlipLinesPerSheet, purchaseSlipTemplate } from './purchase-slip';
import { purchaseSlipRecords, samplePurchaseSlip } from './purchase-slip-data';
import { sampleWaybill } from './sample-data';
import { sampleServiceCard, sampleServiceReport, serviceCardRecord, serviceReportRecord } from './service-data';
import { serviceCardTemplate, serviceReportTemplate } from './service-forms';
import { isStockSlipTemplateId, stockSlipLinesPerSheet, stockSlipTemplate } from './stock-slip';
import { sampleStockSlip, stockSlipRecords } from './stock-slip-data';
import { thermalTemplate, type ThermalId } from './thermal';
import { waybillRecord } from './waybill-data';
import { waybillTemplate, type Carrier } from './waybill';

export const builtinTemplateIds = [
  'calibration',
  'waybill-generic',
  'waybill-sf',
  'waybill-zto',
  'waybill-yto',
  'waybill-sto',
  'waybill-yunda',
  'waybill-ems',
  'thermal-100x150',
  'thermal-100x180',
  'thermal-76x130',
  'service-report',
  'service-card',
  'purchase-slip-241x93',
  'purchase-slip-241x140',
  'stock-slip-in',
  'stock-slip-out',
] as const;
export type BuiltinTemplateId = (typeof builtinTemplateIds)[number];

export function isBuiltinTemplateId(id: string): id is BuiltinTemplateId {
  return (builtinTemplateIds as readonly string[]).includes(id);
}

/** The calibration page of the registry is A4; the wizard prints `calibrationTemplate(paper)` for other papers. */
const calibrationPaper = { widthMm: 210, heightMm: 297 };

export function builtinTemplate(id: BuiltinTemplateId, lang: Lang = 'zh-CN'): Template {
  if (id === 'calibration') return calibrationTemplate(calibrationPaper, lang);
  if (id === 'service-report') return serviceReportTemplate(lang);
  if (id === 'service-card') return serviceCardTemplate(lang);
  if (isPurchaseSlipId(id)) return purchaseSlipTemplate(id, lang);
  if (isStockSlipTemplateId(id)) return stockSlipTemplate(id, lang);
  if (id.startsWith('waybill-')) return waybillTemplate(id.slice('waybill-'.length) as Carrier, lang);
  return thermalTemplate(id as ThermalId, lang);
}

export function builtinTemplates(lang: Lang = 'zh-CN'): Template[] {
  return builtinTemplateIds.map((id) => builtinTemplate(id, lang));
}

/** Plausible data for a template's preview and tests: every key a built-in template prints, filled. */
export function sampleData(templateId: string): TemplateRecord {
  if (templateId === 'calibration') return {};
  if (isPurchaseSlipId(templateId)) {
    const lines = purchaseSlipLinesPerSheet(templateId);
    return purchaseSlipRecords(samplePurchaseSlip(lines), lines)[0] ?? {};
  }
  if (isStockSlipTemplateId(templateId)) return stockSlipRecords(sampleStockSlip(stockSlipLinesPerSheet), stockSlipLinesPerSheet)[0] ?? {};
  if (templateId === 'service-report') return serviceReportRecord(sampleServiceReport);
  if (templateId === 'service-card') return serviceCardRecord(sampleServiceCard);
  return waybillRecord(sampleWaybill);
}
