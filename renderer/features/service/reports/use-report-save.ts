import { useCallback, useState } from 'react';
import { validateReport } from '@shared/service/report';
import { ValidationError } from '@shared/validation';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { createServiceReport } from '../../../db/service-reports-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { formToReportInput, isReportField, readParts, toFormPath, type ReportFormValues } from './report-form';

export interface ReportSave {
  refusal: Refusal;
  busy: boolean;
  clear: () => void;
  /** Checks and saves; the success notice's text, or null when refused or cancelled (nothing written). */
  run: (values: ReportFormValues) => Promise<string | null>;
}

/**
 * 保存服务报告: the report, its parts used as a parts release for the warehouse keeper to confirm
 * (SVC-3), and one outstanding issue per problem left open, all in one write. Stock never refuses the
 * report: a shortage or a special part is the keeper's to settle when releasing.
 */
export function useReportSave(): ReportSave {
  const t = useT();
  const actor = useActor();
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (values: ReportFormValues) => {
      const read = readParts(values.parts);
      const input = formToReportInput(values, read.parts);
      const issues = [...validateReport(input), ...read.issues];
      if (issues.length > 0) return (setRefusal(refusalFromIssues(t, issues, isReportField)), null);
      const outstanding = { ...(values.ownerId !== null ? { ownerId: values.ownerId } : {}), ...(values.dueDate ? { dueDate: values.dueDate } : {}) };
      setBusy(true);
      try {
        const saved = await createServiceReport(getDb(), actor, input, { outstanding });
        const count = saved.outstandingIds.length;
        return saved.partsRelease ? t('svcui.notice.reportSavedWithParts', { count }) : t('svcui.notice.reportSaved', { count });
      } catch (e) {
        const mapped = e instanceof ValidationError ? new ValidationError(e.issues.map((i) => ({ ...i, path: toFormPath(i.path, read.rows) }))) : e;
        setRefusal(refusalOf(t, mapped, isReportField));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [t, actor],
  );

  return { refusal, busy, clear: useCallback(() => setRefusal(noRefusal), []), run };
}
