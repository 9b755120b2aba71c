import { useCallback, useState } from 'react';
import dayjs from 'dayjs';
import { textIssues } from '@shared/service/messages';
import { dispatchPlanIssues } from '@shared/service/request-flow';
import { useActor, useApproval } from '../../../auth';
import { getDb } from '../../../db/db';
import { requestDispatchChange } from '../../../db/approval-requests-repo';
import { changeServiceDispatch, dispatchServiceRequest, type StoredServiceRequest } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { formToDispatch, isDispatchField, type DispatchFormValues } from './dispatch-form';

export interface DispatchSave {
  refusal: Refusal;
  busy: boolean;
  clear: () => void;
  /** Checks, asks the supervisor for a change (SVC-2), writes; true when saved. */
  run: (values: DispatchFormValues) => Promise<boolean>;
  /** SVC-2, supervisor away: submits the change as a request that waits for approval; true when submitted. */
  ask: (values: DispatchFormValues) => Promise<boolean>;
}

export function useDispatchSave(request: StoredServiceRequest, mode: 'dispatch' | 'change'): DispatchSave {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  /** Runs a write with the form busy; a refusal shows at its fields. True when written. */
  const guarded = useCallback(
    async (write: () => Promise<boolean>) => {
      setBusy(true);
      try {
        return await write();
      } catch (err) {
        setRefusal(refusalOf(t, err, isDispatchField));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  const run = useCallback(
    async (values: DispatchFormValues) => {
      const plan = formToDispatch(values);
      const now = Date.now();
      const reasonIssues = mode === 'change' ? textIssues(values.reason, 'reason', 'service.dispatch.error.changeReasonRequired') : [];
      const issues = [...dispatchPlanIssues(plan, now), ...reasonIssues];
      if (issues.length > 0) return (setRefusal(refusalFromIssues(t, issues, isDispatchField)), false);
      return guarded(async () => {
        if (mode === 'dispatch') await dispatchServiceRequest(getDb(), actor, request.id, plan);
        else {
          const approval = await requestApproval({
            title: t('svcui.dispatch.approvalTitle'),
            description: t('svcui.dispatch.approvalDescription', { no: request.no, at: dayjs(plan.plannedAt).format('YYYY-MM-DD HH:mm'), reason: values.reason.trim() }),
          });
          if (!approval) return false;
          await changeServiceDispatch(getDb(), actor, request.id, { to: plan, reason: values.reason, approval });
        }
        return true;
      });
    },
    [t, actor, requestApproval, request.id, request.no, mode, guarded],
  );

  const ask = useCallback(
    (values: DispatchFormValues) =>
      guarded(async () => {
        await requestDispatchChange(getDb(), actor, request.id, { to: formToDispatch(values), reason: values.reason });
        return true;
      }),
    [actor, request.id, guarded],
  );

  return { refusal, busy, clear: useCallback(() => setRefusal(noRefusal), []), run, ask };
}
