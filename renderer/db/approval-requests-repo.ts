import Dexie from 'dexie';
import { assertValid, ValidationError } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import {
  dayReopenRequest,
  decide,
  dispatchChangeLapse,
  dispatchChangeRequest,
  isSamePlan,
  validateDayReopenRequest,
  validateDecision,
  validateDispatchChangeRequest,
  validateWithdraw,
  withdraw,
  type ApprovalKind,
  type ApprovalMessage,
  type ApprovalRequest,
  type DispatchChangeApprovalRequest,
} from '@shared/approvals/requests';
import type { Dispatch } from '@shared/service/request';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import type { StoredApprovalRequest } from './schema-v6';
import { closeLapsedChange } from './dispatch-change-waiting';
import { changeServiceDispatch } from './service-requests-repo';
import { auditSnapshot } from './service-shared';
import { reopenDay } from './settlement-repo';

export type { StoredApprovalRequest } from './schema-v6';

// Requests are kept as the record of who asked and who decided; this module has no delete.

const table = 'approvalRequests';

function refuse(path: string, message: ApprovalMessage): never {
  throw new ValidationError([{ path, message }]);
}

async function stored(db: AppDB, id: number): Promise<StoredApprovalRequest> {
  const row = await db.approvalRequests.get(id);
  return row?.id === undefined ? refuse('id', 'approvals.error.notFound') : { ...row, id: row.id };
}

function waitingOf(db: AppDB, kind: ApprovalKind) {
  return db.approvalRequests.where('[kind+status]').equals([kind, 'waiting']);
}

/** Adds a new waiting request and its audit entry; call inside a transaction holding both tables. */
async function addRequest(db: AppDB, actor: Actor, row: ApprovalRequest, now: number): Promise<StoredApprovalRequest> {
  const id = addedKey(await db.approvalRequests.add(row));
  await auditChange(db, actor, { action: 'create', table, recordId: id, after: auditSnapshot(row), at: now, note: row.reason });
  return { ...row, id };
}

/**
 * WH-1: asks the supervisor to reopen a settled day (whoever may settle asks; the supervisor decides
 * later). Refused for a day that is not settled, without a reason, or while one waits for that day.
 */
export async function requestDayReopen(db: AppDB, actor: Actor, day: string, reason: string, now = Date.now()): Promise<StoredApprovalRequest> {
  assertCan(actor.roles, 'settlement.settle');
  return db.transaction('rw', [db.stockDays, db.approvalRequests, db.auditLog], async () => {
    const settled = (await db.stockDays.get(day))?.status === 'settled';
    const waiting = (await waitingOf(db, 'dayReopen').filter((r) => r.kind === 'dayReopen' && r.day === day).count()) > 0;
    assertValid(validateDayReopenRequest({ day, reason, at: now }, { settled, waiting }));
    return addRequest(db, actor, dayReopenRequest({ day, reason }, actor, now), now);
  });
}

/**
 * SVC-2: asks the supervisor to change a planned dispatch. Refused for a request that is not
 * dispatched, without a reason, for an unchanged or invalid plan, or while a change of it waits.
 */
export async function requestDispatchChange(
  db: AppDB,
  actor: Actor,
  serviceRequestId: number,
  change: { to: Dispatch; reason: string },
  now = Date.now(),
): Promise<StoredApprovalRequest> {
  assertCan(actor.roles, 'service.write');
  return db.transaction('rw', [db.serviceRequests, db.approvalRequests, db.auditLog], async () => {
    const req = await db.serviceRequests.get(serviceRequestId);
    if (!req) return refuse('requestId', 'approvals.error.notFound');
    const waiting = (await waitingOf(db, 'dispatchChange').filter((r) => r.kind === 'dispatchChange' && r.requestId === serviceRequestId).count()) > 0;
    assertValid(validateDispatchChangeRequest(req, { ...change, at: now }, { waiting }));
    const { dispatch } = req;
    if (!dispatch) return refuse('requestId', 'approvals.error.notFound'); // validated above: a dispatched request has its plan
    return addRequest(db, actor, dispatchChangeRequest({ ...req, dispatch }, change, actor, now), now);
  });
}

/** SVC-2: the change is carried out only on the plan it was asked about (a later change refuses it). */
async function applyDispatchChange(db: AppDB, supervisor: Actor, r: DispatchChangeApprovalRequest, approval: Approval, now: number): Promise<void> {
  const current = await db.serviceRequests.get(r.requestId);
  if (current?.status === 'dispatched' && !isSamePlan(current.dispatch, r.from)) refuse('dispatch', 'approvals.error.changedMeanwhile');
  await changeServiceDispatch(db, supervisor, r.requestId, { to: r.to, reason: r.reason, approval }, now);
}

/**
 * SVC-2: a change whose visit was already made (or whose request was closed) no longer applies: the
 * supervisor's 批准 closes it as withdrawn with that reason instead of failing and leaving it waiting.
 */
async function lapsedChange(db: AppDB, supervisor: Actor, r: StoredApprovalRequest, now: number): Promise<StoredApprovalRequest | null> {
  if (r.kind !== 'dispatchChange') return null;
  const current = await db.serviceRequests.get(r.requestId);
  const because = current ? dispatchChangeLapse(current.status) : 'closed';
  return because === null ? null : closeLapsedChange(db, supervisor, { ...r, id: r.id }, because, now);
}

/**
 * WH-1 / SVC-2: the supervisor approves a waiting request: the action itself (reopenDay /
 * changeServiceDispatch, approval re-checked there) and the request's mark run in one transaction, so
 * if the action is refused nothing is written and its refusal is thrown. A plan change whose visit was
 * made meanwhile is closed as withdrawn with that reason (`lapsed`), not approved.
 */
export async function approveRequest(db: AppDB, supervisor: Actor, id: number, approval: Approval, note = '', now = Date.now()): Promise<StoredApprovalRequest> {
  assertCan(supervisor.roles, 'approve');
  const tables = [db.approvalRequests, db.stockDays, db.dayReopens, db.serviceRequests, db.staff, db.auditLog];
  return db.transaction('rw', tables, async () => {
    const before = await stored(db, id);
    assertValid(validateDecision(before, 'approved', note));
    const lapsed = await lapsedChange(db, supervisor, before, now);
    if (lapsed) return lapsed;
    if (before.kind === 'dayReopen') await reopenDay(db, supervisor, before.day, before.reason, approval, now);
    else await applyDispatchChange(db, supervisor, before, approval, now);
    return markDecided(db, supervisor, before, decide(before, 'approved', supervisor, note, now), now);
  });
}

async function markDecided(db: AppDB, actor: Actor, before: StoredApprovalRequest, after: StoredApprovalRequest, now: number): Promise<StoredApprovalRequest> {
  await db.approvalRequests.put(after);
  await auditChange(db, actor, {
    action: 'update', table, recordId: after.id, before: auditSnapshot(before), after: auditSnapshot(after), at: now,
    ...(after.decisionNote !== undefined ? { note: after.decisionNote } : {}),
  });
  return after;
}

/** The supervisor declines a waiting request, with a note; the request is kept with it. */
export async function declineRequest(db: AppDB, supervisor: Actor, id: number, note: string, now = Date.now()): Promise<StoredApprovalRequest> {
  assertCan(supervisor.roles, 'approve');
  return db.transaction('rw', [db.approvalRequests, db.auditLog], async () => {
    const before = await stored(db, id);
    assertValid(validateDecision(before, 'declined', note));
    return markDecided(db, supervisor, before, decide(before, 'declined', supervisor, note, now), now);
  });
}

/** The person who asked takes a waiting request back (kept, marked withdrawn). */
export async function withdrawRequest(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<StoredApprovalRequest> {
  return db.transaction('rw', [db.approvalRequests, db.auditLog], async () => {
    const before = await stored(db, id);
    assertValid(validateWithdraw(before, actor));
    return markDecided(db, actor, before, withdraw(before, actor, now), now);
  });
}

const withId = (rows: ApprovalRequest[]): StoredApprovalRequest[] => rows.flatMap((r) => (r.id === undefined ? [] : [{ ...r, id: r.id }]));

/** The requests waiting for the supervisor, oldest first; of one kind, or all. */
export async function waitingRequests(db: AppDB, kind?: ApprovalKind): Promise<StoredApprovalRequest[]> {
  const rows = kind ? await waitingOf(db, kind).toArray() : await db.approvalRequests.where('status').equals('waiting').toArray();
  return withId(rows).sort((a, b) => a.at - b.at || a.id - b.id);
}

/** Requests of one kind asked since `since` (any status), newest first: a screen's recent list. */
export async function recentRequests(db: AppDB, kind: ApprovalKind, since: number, limit = 50): Promise<StoredApprovalRequest[]> {
  const rows = await db.approvalRequests.where('[kind+at]').between([kind, since], [kind, Dexie.maxKey], true, true).reverse().limit(limit).toArray();
  return withId(rows);
}

/** How many requests of a kind wait (the Today board's cards). */
export function countWaiting(db: AppDB, kind: ApprovalKind): Promise<number> {
  return waitingOf(db, kind).count();
}

export { waitingDispatchChange } from './dispatch-change-waiting';
