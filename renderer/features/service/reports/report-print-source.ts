import dayjs from 'dayjs';
import type { Lang, Translate } from '@shared/i18n';
import { serviceReportRecord } from '@shared/templates/builtin/service-data';
import { getCustomer } from '../../../db/customers-repo';
import type { AppDB } from '../../../db/db';
import { getProductsByIds } from '../../../db/products-repo';
import { getServiceRequest } from '../../../db/service-requests-repo';
import type { StoredServiceReport } from '../../../db/service-reports-repo';
import { listStaff } from '../../../db/staff-repo';
import type { PrintPreviewSource } from '../../../print/print-source';
import { recordPrintSource } from '../../../print/record-print';
import { reportPrintData } from './report-print';

/** The 'service-report' template (A4, signature boxes): the built-in one or the center's own version. */
export const serviceReportTemplateId = 'service-report';

/** A saved service report as a print job, names resolved, with its printer's calibration applied. */
export async function serviceReportPrintSource(db: AppDB, report: StoredServiceReport, t: Translate, lang: Lang): Promise<PrintPreviewSource> {
  const [request, customer, staff] = await Promise.all([
    report.requestId === undefined ? undefined : getServiceRequest(db, report.requestId),
    getCustomer(db, report.customerId),
    listStaff(db),
  ]);
  const productIds = [...report.partsUsed.map((p) => p.productId), ...(request?.productId !== undefined ? [request.productId] : [])];
  const products = await getProductsByIds(db, productIds);
  const data = reportPrintData(t, report, { request, customer, staff: new Map(staff.map((s) => [s.id, s.name])), products });
  const title = t('svcui.report.printTitle', { customer: data.customer, date: dayjs(report.departureAt).format('YYYY-MM-DD') });
  return recordPrintSource(db, serviceReportTemplateId, [serviceReportRecord(data)], { lang, title });
}
