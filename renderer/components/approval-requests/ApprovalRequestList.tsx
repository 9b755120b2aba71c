import { useState } from 'react';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { useActor, useCan, type ApprovalRequest as ApprovalPrompt } from '../../auth';
import type { StoredApprovalRequest } from '../../db/approval-requests-repo';
import type { Notice } from '../notice';
import { ApprovalRequestRow } from './ApprovalRequestRow';
import { DeclineDialog } from './DeclineDialog';
import { useRequestDecisions } from './use-request-decisions';

/** How a feature describes one of its requests: a title, detail lines, and what the supervisor signs. */
export interface RequestView {
  title: string;
  details: readonly string[];
  prompt: ApprovalPrompt;
}

interface Props {
  requests: readonly StoredApprovalRequest[] | undefined;
  describe: (request: StoredApprovalRequest) => RequestView;
  emptyText: string;
  label: string;
  onNotice: (notice: Notice) => void;
}

/**
 * Requests waiting for the supervisor (and recently decided ones): the supervisor approves with their
 * own PIN or declines with a note; the person who asked may withdraw while it waits.
 */
export function ApprovalRequestList({ requests, describe, emptyText, label, onNotice }: Props) {
  const actor = useActor();
  const mayDecide = useCan('approve');
  const decisions = useRequestDecisions(onNotice);
  const [declining, setDeclining] = useState<StoredApprovalRequest | null>(null);

  if (requests?.length === 0) return <Typography variant="body2" color="text.secondary">{emptyText}</Typography>;
  return (
    <>
      {decisions.error && <Alert severity="error">{decisions.error}</Alert>}
      <List dense aria-label={label} disablePadding>
        {requests?.map((r) => {
          const view = describe(r);
          return (
            <ApprovalRequestRow key={r.id} request={r} title={view.title} details={view.details} mayDecide={mayDecide}
              mayWithdraw={r.byId === actor.staffId} busy={decisions.busyId === r.id}
              onApprove={() => void decisions.approve(r, view.prompt)} onDecline={() => setDeclining(r)} onWithdraw={() => void decisions.withdraw(r)} />
          );
        })}
      </List>
      {declining && <DeclineDialog subject={describe(declining).title} onClose={() => setDeclining(null)} onConfirm={(note) => decisions.decline(declining, note)} />}
    </>
  );
}
