import { useCallback } from 'react';
import { getDb } from '../../../db/db';
import type { StoredServiceReport } from '../../../db/service-reports-repo';
import { useLang, useT } from '../../../i18n/context';
import type { PrintPreviewSource } from '../../../print/print-source';
import { serviceReportPrintSource } from './report-print-source';

/**
 * The printable service report (A4, with signature boxes) for a saved report, through the
 * 'service-report' template and the calibration of the printer remembered for it.
 */
export function useReportPrint(): (report: StoredServiceReport) => Promise<PrintPreviewSource> {
  const t = useT();
  const [lang] = useLang();
  return useCallback((report) => serviceReportPrintSource(getDb(), report, t, lang), [t, lang]);
}
