/**
 * Version 6 (issue 8: requests that wait for the supervisor — a reopen of a settled day, a change of a
 * planned dispatch). A new table only, so no upgrade step. The row type is added to AppDB below by
 * interface merging, so this version's owner edits only the one registration line in db.ts.
 */
import type { EntityTable } from 'dexie';
import type { ApprovalRequest } from '@shared/approvals/requests';

export const storesV6 = {
  // [kind+status]: the waiting requests of one kind (the Today board, the panels); [kind+at]: the recent ones.
  approvalRequests: '++id, at, status, [kind+status], [kind+at]',
} as const;

/** A stored request: a day reopen or a dispatch change, waiting or decided. */
export type StoredApprovalRequest = ApprovalRequest & { id: number };

declare module './db' {
  interface AppDB {
    approvalRequests: EntityTable<ApprovalRequest, 'id'>;
  }
}
