import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate, type StringKey } from '@shared/i18n';
import { rememberPrinter, saveProfile, systemDialogPrinter } from '../../db/print-profiles-repo';
import { createServiceCard } from '../../db/service-cards-repo';
import { createServiceReport } from '../../db/service-reports-repo';
import { openServiceWorld, type ServiceWorld } from '../../db/service-test-world';
import { toPrintDocument } from '../../print/print-document';
import { serviceCardPrintSource, serviceCardTemplateId } from './cards/card-print-source';
import { serviceReportPrintSource, serviceReportTemplateId } from './reports/report-print-source';

let w: ServiceWorld;
beforeEach(async () => {
  w = await openServiceWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const t = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const printer = 'EPSON LQ-630K';

async function card() {
  const productId = await w.product('JS-01');
  return createServiceCard(w.db, w.clerk, { customerId: w.customerId, productId, serialNo: 'SN-001', serviceDate: '2026-11-27', content: '更换滤芯', technicianId: w.tech.staffId }, w.t0);
}

describe('service prints go through the calibrated print path', () => {
  it('a service card print job carries the remembered printer and its profile offset', async () => {
    await rememberPrinter(w.db, serviceCardTemplateId, printer);
    await saveProfile(w.db, w.boss, printer, serviceCardTemplateId, { offsetXMm: 1.5, offsetYMm: -0.8, driftMmPerSheet: 0 });
    const source = await serviceCardPrintSource(w.db, await card(), t, 'zh-CN');
    expect(source.printerName).toBe(printer);
    expect(toPrintDocument(source).html).toContain('translate(1.5 -0.8)');
  });

  it('a service report print job carries the profile of the system dialog when no printer is remembered', async () => {
    await saveProfile(w.db, w.boss, systemDialogPrinter, serviceReportTemplateId, { offsetXMm: -2, offsetYMm: 3.1, driftMmPerSheet: 0 });
    const { report } = await createServiceReport(w.db, w.clerk, w.reportInput(), {}, w.t0);
    const source = await serviceReportPrintSource(w.db, report, t, 'zh-CN');
    expect(source.printerName).toBeUndefined();
    const html = toPrintDocument(source).html;
    expect(html).toContain('translate(-2 3.1)');
    expect(html).toContain('张伟');
  });

  it('a profile saved for another template does not move the card', async () => {
    await rememberPrinter(w.db, serviceCardTemplateId, printer);
    await saveProfile(w.db, w.boss, printer, serviceReportTemplateId, { offsetXMm: 4, offsetYMm: 4, driftMmPerSheet: 0 });
    const html = toPrintDocument(await serviceCardPrintSource(w.db, await card(), t, 'zh-CN')).html;
    expect(html).not.toContain('translate(4 4)');
  });
});
