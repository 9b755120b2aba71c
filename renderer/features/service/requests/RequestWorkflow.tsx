import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isPriority } from '@shared/service/request';
import { useActor } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import {
  getServiceRequest,
  markRequestCompleted,
  markRequestVisited,
  setRequestPriority,
  type StoredServiceRequest,
} from '../../../db/service-requests-repo';
import { errorText } from '../../../auth/error-text';
import { useT } from '../../../i18n/context';
import { ReportFormDialog } from '../reports/ReportFormDialog';
import { AnalysisDialog } from './AnalysisDialog';
import { CloseRequestDialog } from './CloseRequestDialog';
import { DispatchDialog } from './DispatchDialog';
import type { RequestAction } from './request-actions';
import { RequestDrawer } from './RequestDrawer';

interface Props {
  /** The request whose details are open, or null. */
  requestId: number | null;
  onCloseDetails: () => void;
  onNotice: (notice: Notice) => void;
}

type Open = { kind: 'analyse' | 'dispatch' | 'changeDispatch' | 'close' | 'report'; request: StoredServiceRequest } | null;

/**
 * A request's details and every step on it (分析, 派工, 变更派工, 已上门, 服务报告, 已完成, 关闭): the
 * requests list and the dispatch board both open requests through this.
 */
export function RequestWorkflow({ requestId, onCloseDetails, onNotice }: Props) {
  const t = useT();
  const actor = useActor();
  const [open, setOpen] = useState<Open>(null);
  // The live row: a step's result shows at once in the details.
  const request = useLiveQuery(() => (requestId === null ? undefined : getServiceRequest(getDb(), requestId)), [requestId]) ?? null;
  const done = (text: string) => (setOpen(null), onNotice({ severity: 'success', text }));

  const step = async (run: () => Promise<unknown>, text: string) => {
    try {
      await run();
      onNotice({ severity: 'success', text });
    } catch (e) {
      onNotice({ severity: 'error', text: errorText(t, e) });
    }
  };

  const onAction = (action: RequestAction | 'priority', r: StoredServiceRequest, priority?: number) => {
    const db = getDb();
    if (action === 'priority') {
      if (isPriority(priority)) void step(() => setRequestPriority(db, actor, r.id, priority), t('svcui.notice.priority', { no: r.no }));
    } else if (action === 'visited') void step(() => markRequestVisited(db, actor, r.id), t('svcui.notice.visited', { no: r.no }));
    else if (action === 'completed') void step(() => markRequestCompleted(db, actor, r.id), t('svcui.notice.completed', { no: r.no }));
    else setOpen({ kind: action, request: r });
  };

  return (
    <>
      <RequestDrawer request={open === null ? request : null} onClose={onCloseDetails} onAction={onAction} />
      {open?.kind === 'analyse' && <AnalysisDialog request={open.request} onClose={() => setOpen(null)} onSaved={() => done(t('svcui.notice.analysed', { no: open.request.no }))} />}
      {(open?.kind === 'dispatch' || open?.kind === 'changeDispatch') && (
        <DispatchDialog
          request={open.request}
          mode={open.kind === 'dispatch' ? 'dispatch' : 'change'}
          onClose={() => setOpen(null)}
          onSaved={() => done(t(open.kind === 'dispatch' ? 'svcui.notice.dispatched' : 'svcui.notice.dispatchChanged', { no: open.request.no }))}
          onSubmitted={() => done(t('apprui.submitted'))}
        />
      )}
      {open?.kind === 'close' && <CloseRequestDialog request={open.request} onClose={() => setOpen(null)} onSaved={() => done(t('svcui.notice.closed', { no: open.request.no }))} />}
      {open?.kind === 'report' && <ReportFormDialog request={open.request} onClose={() => setOpen(null)} onSaved={(text) => done(text)} />}
    </>
  );
}
