import { useCallback, useState } from 'react';
import type { Approval } from '@shared/auth/approval';
import { validateReport } from '@shared/service/report';
import { ValidationError } from '@shared/validation';
import { useActor, useApproval } from '../../../auth';
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

const needsSignOff = (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.message === 'stock.out.needsSignOff');

/**
 * 保存服务报告: the report, its parts as one outbound slip, and one outstanding issue per problem left
 * open (SVC-3), all in one write. A part that needs the leader's signature (OUT-7) asks the
 * supervisor and tries once more with the approval.
 */
export function useReportSave(): ReportSave {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (values: ReportFormValues) => {
      const read = readParts(values.parts);
      const input = formToReportInput(values, read.parts);
      const issues = [...validateReport(input), ...read.issues];
      if (issues.length > 0) return (setRefusal(refusalFromIssues(t, issues, isReportField)), null);
      const outstanding = { ...(values.ownerId !== null ? { ownerId: values.ownerId } : {}), ...(values.dueDate ? { dueDate: values.dueDate } : {}) };
      const save = (approval?: Approval) => createServiceReport(getDb(), actor, input, { outstanding, ...(approval ? { approval } : {}) });
      setBusy(true);
      try {
        let saved;
        try {
          saved = await save();
        } catch (e) {
          if (!needsSignOff(e)) throw e;
          const approval = await requestApproval({ title: t('svcui.report.signOffTitle'), description: t('svcui.report.signOffDescription') });
          if (!approval) return null;
          saved = await save(approval);
        }
        const docNo = saved.movement?.docNo;
        const count = saved.outstandingIds.length;
        return docNo ? t('svcui.notice.reportSavedWithParts', { docNo, count }) : t('svcui.notice.reportSaved', { count });
      } catch (e) {
        const mapped = e instanceof ValidationError ? new ValidationError(e.issues.map((i) => ({ ...i, path: toFormPath(i.path, read.rows) }))) : e;
        setRefusal(refusalOf(t, mapped, isReportField));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [t, actor, requestApproval],
  );

  return { refusal, busy, clear: useCallback(() => setRefusal(noRefusal), []), run };
}
