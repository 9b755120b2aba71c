import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Approval } from '@shared/auth/approval';
import { ApprovalContext, type ApprovalRequest, type RequestApproval } from './approval-context';
import { ApprovalDialog } from './ApprovalDialog';

interface Pending {
  id: number;
  request: ApprovalRequest;
  resolve: (approval: Approval | null) => void;
}

/** Holds the one open approval request; lives inside the signed-in session and ends with it. */
export function ApprovalProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const current = useRef<Pending | null>(null);
  const nextId = useRef(0);

  const settle = useCallback((approval: Approval | null) => {
    current.current?.resolve(approval);
    current.current = null;
    setPending(null);
  }, []);

  const request = useCallback<RequestApproval>(
    (req) =>
      new Promise<Approval | null>((resolve) => {
        current.current?.resolve(null); // a newer request replaces an unanswered one
        const next = { id: ++nextId.current, request: req, resolve };
        current.current = next;
        setPending(next);
      }),
    [],
  );

  // A lock or a switch of user ends the session: an unanswered request is cancelled, not left hanging.
  useEffect(() => () => current.current?.resolve(null), []);

  return (
    <ApprovalContext.Provider value={request}>
      {children}
      {pending && <ApprovalDialog key={pending.id} request={pending.request} onDone={settle} />}
    </ApprovalContext.Provider>
  );
}
