import { dispatchChangeLapse, lapseChange, type DispatchChangeApprovalRequest, type DispatchChangeLapse } from '@shared/approvals/requests';
import type { Actor } from '@shared/auth/roles';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';
import type { StoredApprovalRequest } from './schema-v6';
import { auditSnapshot } from './service-shared';

/**
 * SVC-2: the plan change of a service request that waits for the supervisor. Kept apart from both
 * repositories that need it (service requests, approval requests), which import each other's rules.
 */
export type WaitingDispatchChange = DispatchChangeApprovalRequest & { id: number };

/** The waiting plan change of one service request, if any (at most one waits at a time). */
export async function waitingDispatchChange(db: AppDB, requestId: number): Promise<WaitingDispatchChange | undefined> {
  const rows = await db.approvalRequests.where('[kind+status]').equals(['dispatchChange', 'waiting']).toArray();
  const row = rows.find((r): r is DispatchChangeApprovalRequest => r.kind === 'dispatchChange' && r.requestId === requestId);
  return row?.id === undefined ? undefined : { ...row, id: row.id };
}

/** Closes a waiting change that no longer applies (withdrawn, with why), audited; inside the caller's transaction. */
export async function closeLapsedChange(db: AppDB, actor: Actor, before: WaitingDispatchChange, because: DispatchChangeLapse, now: number): Promise<StoredApprovalRequest> {
  const after = { ...lapseChange(before, because, actor, now), id: before.id };
  await db.approvalRequests.put(after);
  await auditChange(db, actor, { action: 'update', table: 'approvalRequests', recordId: after.id, before: auditSnapshot(before), after: auditSnapshot(after), at: now });
  return after;
}

/** SVC-2: after a step on a service request, a waiting change of a plan that no longer applies is closed. */
export async function closeChangeIfLapsed(db: AppDB, actor: Actor, requestId: number, status: Parameters<typeof dispatchChangeLapse>[0], now: number): Promise<void> {
  const because = dispatchChangeLapse(status);
  if (because === null) return;
  const waiting = await waitingDispatchChange(db, requestId);
  if (waiting) await closeLapsedChange(db, actor, waiting, because, now);
}
