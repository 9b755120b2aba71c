import { useCallback } from 'react';
import dayjs from 'dayjs';
import { serviceReportRecord } from '@shared/templates/builtin/service-data';
import { getCustomer } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { getProductsByIds } from '../../../db/products-repo';
import { getServiceRequest } from '../../../db/service-requests-repo';
import type { StoredServiceReport } from '../../../db/service-reports-repo';
import { listStaff } from '../../../db/staff-repo';
import { getTemplate } from '../../../db/templates-repo';
import { useLang, useT } from '../../../i18n/context';
import type { PrintPreviewSource } from '../../../print/print-source';
import { templatePrintSource } from '../../../print/template-print-source';
import { reportPrintData } from './report-print';

/**
 * The printable service report (A4, with signature boxes) for a saved report, through the
 * 'service-report' template (the built-in one, or the center's own version from the designer).
 */
export function useReportPrint(): (report: StoredServiceReport) => Promise<PrintPreviewSource> {
  const t = useT();
  const [lang] = useLang();
  return useCallback(
    async (report) => {
      const db = getDb();
      const [request, customer, staff, template] = await Promise.all([
        report.requestId === undefined ? undefined : getServiceRequest(db, report.requestId),
        getCustomer(db, report.customerId),
        listStaff(db),
        getTemplate(db, 'service-report', lang),
      ]);
      if (!template) throw new Error('service-report template missing');
      const productIds = [...report.partsUsed.map((p) => p.productId), ...(request?.productId !== undefined ? [request.productId] : [])];
      const products = await getProductsByIds(db, productIds);
      const data = reportPrintData(t, report, { request, customer, staff: new Map(staff.map((s) => [s.id, s.name])), products });
      const title = t('svcui.report.printTitle', { customer: data.customer, date: dayjs(report.departureAt).format('YYYY-MM-DD') });
      return templatePrintSource(template, [serviceReportRecord(data)], { lang, title, fileName: title });
    },
    [t, lang],
  );
}
