import { assertValid } from '@shared/validation';
import { visitWaitIssues } from '@shared/approvals/requests';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import {
  analyseRequest,
  changeDispatch,
  closeRequest,
  dispatchRequest,
  markCompleted,
  markVisited,
} from '@shared/service/request-flow';
import {
  isPriority,
  registerRequest,
  requestInputFromCall,
  serviceRequestPrefix,
  validateRequest,
  type Analysis,
  type Dispatch,
  type Priority,
  type RequestStatus,
  type ServiceRequest,
  type ServiceRequestInput,
} from '@shared/service/request';
import type { Result } from '@shared/service/result';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { closeChangeIfLapsed, waitingDispatchChange } from './dispatch-change-waiting';
import type { StoredServiceRequest } from './schema-v5';
import { auditSnapshot, found, refuse, valueOrThrow } from './service-shared';
import { checkApproval } from './sign-in';
import { takeDocNo } from './stock-ledger';

export type { StoredServiceRequest } from './schema-v5';

// Service requests are kept as the history of each job; this module has no delete.

/** The row as stored: the request plus the dispatch day the board is indexed by. */
function toRow(req: ServiceRequest & { plannedDay?: string }): ServiceRequest & { plannedDay?: string } {
  const { plannedDay: _old, ...rest } = req;
  return req.dispatch ? { ...rest, plannedDay: toIsoDate(req.dispatch.plannedAt) } : rest;
}

/** The form's starting values for a request registered from a call (SVC-1: contact and phone prefilled). */
export async function requestDraftFromCall(db: AppDB, callId: number): Promise<ServiceRequestInput> {
  const call = await db.callLogs.get(callId);
  if (!call) return refuse('callId', 'call.error.notFound');
  const customer = call.customerId !== undefined ? await db.customers.get(call.customerId) : undefined;
  return requestInputFromCall(call, customer);
}

async function assertReferences(db: AppDB, input: ServiceRequestInput): Promise<void> {
  if (input.customerId !== undefined && !(await db.customers.get(input.customerId))) refuse('customerId', 'call.error.unknownCustomer');
  if (input.productId !== undefined && !(await db.products.get(input.productId))) refuse('productId', 'service.request.error.badId');
  if (input.fromCallId !== undefined && !(await db.callLogs.get(input.fromCallId))) refuse('fromCallId', 'call.error.notFound');
}

/** SVC-1: registers a request (已登记) with its FW number of the day, audited, in one transaction. */
export async function registerServiceRequest(db: AppDB, actor: Actor, input: ServiceRequestInput, now = Date.now()): Promise<StoredServiceRequest> {
  assertCan(actor.roles, 'service.write');
  assertValid(validateRequest(input));
  return db.transaction('rw', [db.serviceRequests, db.customers, db.products, db.callLogs, db.docCounters, db.auditLog], async () => {
    await assertReferences(db, input);
    const no = await takeDocNo(db, serviceRequestPrefix, toIsoDate(now));
    const req = valueOrThrow(registerRequest(input, no, now));
    const id = addedKey(await db.serviceRequests.add(req));
    await auditChange(db, actor, { action: 'create', table: 'serviceRequests', recordId: id, after: auditSnapshot(req), at: now });
    return { ...req, id };
  });
}

export async function getServiceRequest(db: AppDB, id: number): Promise<StoredServiceRequest | undefined> {
  return db.serviceRequests.get(id);
}

interface Step {
  apply: (req: ServiceRequest) => Result<ServiceRequest> | Promise<Result<ServiceRequest>>;
  note?: string;
}

/**
 * Reads, applies one rule-checked step, stores and audits it (before/after) in one transaction. A step
 * that takes the request out of 已派工 also closes a plan change still waiting for it (SVC-2: nothing
 * stays waiting on a plan that no longer applies).
 */
async function update(db: AppDB, actor: Actor, id: number, now: number, step: Step): Promise<StoredServiceRequest> {
  assertCan(actor.roles, 'service.write');
  return db.transaction('rw', [db.serviceRequests, db.approvalRequests, db.staff, db.auditLog], async () => {
    const before = found(await db.serviceRequests.get(id), 'service.request.error.notFound');
    const next = { ...toRow(valueOrThrow(await step.apply(before))), id };
    await db.serviceRequests.put(next);
    await auditChange(db, actor, {
      action: 'update', table: 'serviceRequests', recordId: id, before: auditSnapshot(before), after: auditSnapshot(next), at: now,
      ...(step.note !== undefined ? { note: step.note } : {}),
    });
    if (before.status === 'dispatched') await closeChangeIfLapsed(db, actor, id, next.status, now);
    return next;
  });
}

/** The priority follows the customer's grade at registration; the clerk may change it while the request is open. */
export function setRequestPriority(db: AppDB, actor: Actor, id: number, priority: Priority, now = Date.now()): Promise<StoredServiceRequest> {
  return update(db, actor, id, now, {
    apply: (req) => {
      if (!isPriority(priority)) return { ok: false, issues: [{ path: 'priority', message: 'service.request.error.badPriority' }] };
      if (req.status === 'closed') return { ok: false, issues: [{ path: 'status', message: 'service.status.error.closed' }] };
      return { ok: true, value: { ...req, priority } };
    },
  });
}

/** SVC-1: the analysis (likely cause, reference solution, materials) → 已分析. */
export function analyseServiceRequest(db: AppDB, actor: Actor, id: number, analysis: Analysis, now = Date.now()): Promise<StoredServiceRequest> {
  return update(db, actor, id, now, { apply: (req) => analyseRequest(req, analysis) });
}

/** SVC-1/SVC-2: dispatch by plan, refused without the analysis; a borrowed technician carries the manager's approval. */
export function dispatchServiceRequest(db: AppDB, actor: Actor, id: number, plan: Dispatch, now = Date.now()): Promise<StoredServiceRequest> {
  return update(db, actor, id, now, { apply: (req) => dispatchRequest(req, plan, now) });
}

export interface DispatchChangeRequest {
  to: Dispatch;
  reason: string;
  approval?: Approval;
}

/** SVC-2: a planned dispatch changes only with a reason and a supervisor's approval, re-checked here. */
export function changeServiceDispatch(db: AppDB, actor: Actor, id: number, change: DispatchChangeRequest, now = Date.now()): Promise<StoredServiceRequest> {
  return update(db, actor, id, now, {
    note: change.reason.trim(),
    apply: async (req) => {
      const result = changeDispatch(req, { ...change, at: now });
      // The signer is checked against the staff table only once the rules pass, so a missing reason is reported first.
      if (result.ok && change.approval) await checkApproval(db, change.approval, now);
      return result;
    },
  });
}

/** 已派工 → 已上门; SVC-2: refused while a change of the plan waits for the supervisor (the visit waits). */
export function markRequestVisited(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<StoredServiceRequest> {
  return update(db, actor, id, now, {
    apply: async (req) => {
      const waiting = visitWaitIssues((await waitingDispatchChange(db, id)) !== undefined);
      return waiting.length > 0 ? { ok: false, issues: waiting } : markVisited(req);
    },
  });
}

/** 已上门 → 已完成. */
export function markRequestCompleted(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<StoredServiceRequest> {
  return update(db, actor, id, now, { apply: markCompleted });
}

/** 已关闭: a completed request, or an open one given up with a reason. */
export function closeServiceRequest(db: AppDB, actor: Actor, id: number, reason = '', now = Date.now()): Promise<StoredServiceRequest> {
  return update(db, actor, id, now, { apply: (req) => closeRequest(req, reason), ...(reason.trim() ? { note: reason.trim() } : {}) });
}

export interface ServiceRequestFilter {
  status?: RequestStatus | RequestStatus[];
  customerId?: number;
}

/** Requests newest first, by status (index) or customer. */
export async function listServiceRequests(db: AppDB, filter: ServiceRequestFilter = {}, limit = 500): Promise<StoredServiceRequest[]> {
  const statuses = filter.status === undefined ? undefined : Array.isArray(filter.status) ? filter.status : [filter.status];
  let rows: StoredServiceRequest[];
  if (statuses) rows = await db.serviceRequests.where('status').anyOf(statuses).toArray();
  else if (filter.customerId !== undefined) rows = await db.serviceRequests.where('customerId').equals(filter.customerId).toArray();
  else rows = await db.serviceRequests.orderBy('createdAt').reverse().limit(limit).toArray();
  return rows
    .filter((r) => filter.customerId === undefined || r.customerId === filter.customerId)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
    .slice(0, limit);
}

export interface DispatchBoardCell {
  technicianId: number;
  day: string;
  /** By planned time. */
  requests: StoredServiceRequest[];
}

/** 服务调度 board: the dispatched requests of [fromDay, toDay], one cell per technician and day. */
export async function dispatchBoard(db: AppDB, fromDay: string, toDay: string): Promise<DispatchBoardCell[]> {
  if (!(fromDay <= toDay)) return [];
  const rows = await db.serviceRequests.where('plannedDay').between(fromDay, toDay, true, true).toArray();
  const cells = new Map<string, DispatchBoardCell>();
  for (const req of rows) {
    if (req.status === 'closed' || !req.dispatch || req.plannedDay === undefined) continue;
    for (const technicianId of req.dispatch.technicianIds) {
      const key = `${req.plannedDay}|${technicianId}`;
      const cell = cells.get(key) ?? { technicianId, day: req.plannedDay, requests: [] };
      cell.requests.push(req);
      cells.set(key, cell);
    }
  }
  const plannedAt = (r: StoredServiceRequest) => r.dispatch?.plannedAt ?? 0;
  return [...cells.values()]
    .map((c) => ({ ...c, requests: c.requests.sort((a, b) => plannedAt(a) - plannedAt(b) || a.id - b.id) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.technicianId - b.technicianId));
}

/** Request id → its number (FW…), for lists and the service-report export. */
export async function serviceRequestNos(db: AppDB, ids: Iterable<number>): Promise<Map<number, string>> {
  const rows = await db.serviceRequests.bulkGet([...new Set(ids)]);
  return new Map(rows.flatMap((r) => (r ? [[r.id, r.no] as const] : [])));
}
