import type { Table } from 'dexie';
import { assertValid } from '@shared/validation';
import type { Approval, VoidMark } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { outstandingFromReport, validateReport, type OutstandingDefaults, type ServiceReport, type ServiceReportInput } from '@shared/service/report';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { insertOutstanding, outstandingTables } from './outstanding-repo';
import type { StoredServiceReport } from './schema-v5';
import { auditSnapshot, enqueueReview, refuse } from './service-shared';
import { addPartsRelease, cancelReleaseOfVoidedReport, type StoredPartsRelease } from './parts-releases-repo';
import { voidRecord } from './void-record';

export type { StoredServiceReport } from './schema-v5';

// Service reports are permanent (REC-1): voided with a reason, never deleted.

export interface ServiceReportOptions {
  /** Owner and due date of the outstanding issues (SVC-3); defaults: the first technician, departure day + 7. */
  outstanding?: OutstandingDefaults;
}

export interface CreatedServiceReport {
  report: StoredServiceReport;
  /** SVC-3: the parts used, waiting for the warehouse keeper to release them; absent when none were used. */
  partsRelease?: StoredPartsRelease;
  /** SVC-3: one outstanding issue per unresolved problem. */
  outstandingIds: number[];
}

function normalized(input: ServiceReportInput, now: number): ServiceReport {
  return {
    ...input,
    technicianIds: [...input.technicianIds],
    workDone: input.workDone.trim(),
    partsUsed: input.partsUsed.map((p) => ({ productId: p.productId, qty: p.qty })),
    feedback: input.feedback.trim(),
    customerSignatureName: input.customerSignatureName.trim(),
    unresolvedProblems: input.unresolvedProblems.map((p) => p.trim()),
    createdAt: now,
  };
}

function reportTables(db: AppDB): Table[] {
  return [...new Set<Table>([db.serviceReports, db.partsReleases, db.products, ...outstandingTables(db), db.customers])];
}

async function assertReferences(db: AppDB, r: ServiceReport): Promise<void> {
  if (!(await db.customers.get(r.customerId))) refuse('customerId', 'call.error.unknownCustomer');
  const parts = await db.products.bulkGet(r.partsUsed.map((p) => p.productId));
  const unknownPart = parts.findIndex((p) => p === undefined);
  if (unknownPart >= 0) refuse(`partsUsed.${unknownPart}.productId`, 'service.report.error.partRequired');
  if (r.requestId !== undefined && !(await db.serviceRequests.get(r.requestId))) refuse('requestId', 'service.request.error.notFound');
  const technicians = await db.staff.bulkGet(r.technicianIds);
  if (technicians.some((t) => t === undefined)) refuse('technicianIds', 'service.report.error.technicianRequired');
}

/**
 * Saves a service report after a visit, in ONE transaction with: the parts used as a waiting parts
 * release (SVC-3: recording them is part of the report, whoever writes it; the warehouse keeper
 * confirms the release, which posts the 出库单), one outstanding issue per unresolved problem (SVC-3),
 * the review-queue row (REV-1) and the audit entries. Any refusal leaves nothing behind; stock never
 * refuses the report.
 */
export async function createServiceReport(
  db: AppDB,
  actor: Actor,
  input: ServiceReportInput,
  options: ServiceReportOptions = {},
  now = Date.now(),
): Promise<CreatedServiceReport> {
  assertCan(actor.roles, 'service.write');
  assertValid(validateReport(input));
  const row = normalized(input, now);
  return db.transaction('rw', reportTables(db), async () => {
    await assertReferences(db, row);
    const id = addedKey(await db.serviceReports.add(row));
    const report = { ...row, id };
    await enqueueReview(db, 'serviceReports', id, now);
    await auditChange(db, actor, { action: 'create', table: 'serviceReports', recordId: id, after: auditSnapshot(report), at: now });
    const partsRelease = await addPartsRelease(db, actor, report, now);
    const outstandingIds: number[] = [];
    for (const draft of outstandingFromReport(report, options.outstanding)) {
      outstandingIds.push((await insertOutstanding(db, actor, draft, now)).id);
    }
    return { report, outstandingIds, ...(partsRelease ? { partsRelease } : {}) };
  });
}

export function getServiceReport(db: AppDB, id: number): Promise<StoredServiceReport | undefined> {
  return db.serviceReports.get(id);
}

export interface ServiceReportFilter {
  requestId?: number;
  customerId?: number;
  /** Visits with fromMs ≤ arrivalAt < toMsExclusive. */
  fromMs?: number;
  toMsExclusive?: number;
}

/** Reports, the newest visit first. */
export async function listServiceReports(db: AppDB, filter: ServiceReportFilter = {}, limit = 500): Promise<StoredServiceReport[]> {
  const inRange = (r: StoredServiceReport) =>
    (filter.fromMs === undefined || r.arrivalAt >= filter.fromMs) && (filter.toMsExclusive === undefined || r.arrivalAt < filter.toMsExclusive);
  const keep = (r: StoredServiceReport) =>
    inRange(r) && (filter.requestId === undefined || r.requestId === filter.requestId) && (filter.customerId === undefined || r.customerId === filter.customerId);
  let rows: StoredServiceReport[];
  if (filter.requestId !== undefined) rows = await db.serviceReports.where('requestId').equals(filter.requestId).toArray();
  else if (filter.customerId !== undefined) rows = await db.serviceReports.where('customerId').equals(filter.customerId).toArray();
  else if (filter.fromMs !== undefined || filter.toMsExclusive !== undefined) {
    const from = filter.fromMs ?? -Infinity;
    const to = filter.toMsExclusive ?? Infinity;
    rows = from < to ? await db.serviceReports.where('arrivalAt').between(from, to, true, false).toArray() : [];
  } else rows = await db.serviceReports.orderBy('arrivalAt').reverse().limit(limit).toArray();
  return rows.filter(keep).sort((a, b) => b.arrivalAt - a.arrivalAt || b.id - a.id).slice(0, limit);
}

/**
 * REC-1: voids a report (never deleted): 'record.void', a reason and a supervisor's approval. A parts
 * release still waiting is cancelled with it (those parts never leave); a released one's movement
 * stays in the ledger, and a stock correction is a movement of its own.
 */
export function voidServiceReport(db: AppDB, actor: Actor, id: number, reason: string, approval: Approval, now = Date.now()): Promise<VoidMark> {
  return db.transaction('rw', [db.serviceReports, db.partsReleases, db.staff, db.auditLog], async () => {
    const mark = await voidReport(db, actor, id, reason, approval, now);
    await cancelReleaseOfVoidedReport(db, actor, id, now);
    return mark;
  });
}

function voidReport(db: AppDB, actor: Actor, id: number, reason: string, approval: Approval, now: number): Promise<VoidMark> {
  return voidRecord(db, actor, {
    table: db.serviceReports,
    get: (key) => db.serviceReports.get(key),
    markVoided: (key, voided) => db.serviceReports.update(key, { voided }),
    auditTable: 'serviceReports',
    notFound: 'service.report.error.notFound',
    id,
    reason,
    approval,
    now,
  });
}
