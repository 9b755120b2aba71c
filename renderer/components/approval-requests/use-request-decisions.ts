import { useCallback, useState } from 'react';
import { useActor, useApproval, type ApprovalRequest as ApprovalPrompt } from '../../auth';
import { approveRequest, declineRequest, withdrawRequest, type StoredApprovalRequest } from '../../db/approval-requests-repo';
import { getDb } from '../../db/db';
import { useT } from '../../i18n/context';
import type { Notice } from '../notice';
import { refusalOf } from '../refusal';

export interface RequestDecisions {
  /** The last refusal (e.g. the plan changed meanwhile), shown above the list; null when none. */
  error: string | null;
  busyId: number | null;
  /** Asks the supervisor's own PIN (领导签字), then approves: the action runs with that approval. */
  approve: (request: StoredApprovalRequest, prompt: ApprovalPrompt) => Promise<void>;
  /** Resolves to the error to show in the decline dialog, or null once declined. */
  decline: (request: StoredApprovalRequest, note: string) => Promise<string | null>;
  withdraw: (request: StoredApprovalRequest) => Promise<void>;
}

const noField = () => false;

/** Approve / decline / withdraw a waiting request, with the outcome as a notice or an error. */
export function useRequestDecisions(onNotice: (notice: Notice) => void): RequestDecisions {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const run = useCallback(
    async (id: number, write: () => Promise<StoredApprovalRequest>, done: string): Promise<string | null> => {
      setBusyId(id);
      try {
        const after = await write();
        setError(null);
        // SVC-2: a change whose visit was already made is closed, not carried out: say so, not "approved".
        const lapsed = after.kind === 'dispatchChange' ? after.lapsed : undefined;
        onNotice(lapsed ? { severity: 'info', text: t('apprui.lapsedNotice', { reason: t(`approvals.lapsed.${lapsed}`) }) } : { severity: 'success', text: done });
        return null;
      } catch (e) {
        return refusalOf(t, e, noField).message ?? t('error.unexpected', { message: '' });
      } finally {
        setBusyId(null);
      }
    },
    [t, onNotice],
  );

  const approve = useCallback(
    async (request: StoredApprovalRequest, prompt: ApprovalPrompt) => {
      const approval = await requestApproval(prompt);
      if (!approval) return;
      setError(await run(request.id, () => approveRequest(getDb(), actor, request.id, approval, approval.note), t('apprui.approved')));
    },
    [requestApproval, run, actor, t],
  );

  const decline = useCallback(
    (request: StoredApprovalRequest, note: string) => run(request.id, () => declineRequest(getDb(), actor, request.id, note), t('apprui.declinedDone')),
    [run, actor, t],
  );

  const withdraw = useCallback(
    async (request: StoredApprovalRequest) => setError(await run(request.id, () => withdrawRequest(getDb(), actor, request.id), t('apprui.withdrawn'))),
    [run, actor, t],
  );

  return { error, busyId, approve, decline, withdraw };
}
