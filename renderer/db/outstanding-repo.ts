import type { Table } from 'dexie';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import {
  closeOutstanding,
  openOutstanding,
  overdueIssues,
  startOutstanding,
  type OutstandingDraft,
  type OutstandingIssue,
  type OutstandingStatus,
  type SourceKind,
  type SourceRef,
} from '@shared/service/outstanding';
import type { Result } from '@shared/service/result';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import type { StoredOutstandingIssue } from './schema-v5';
import { auditSnapshot, enqueueReview, found, refuse, valueOrThrow } from './service-shared';
import { linkShipmentOutstandingIssue } from './shipment-steps';

export type { StoredOutstandingIssue } from './schema-v5';

// Outstanding issues are permanent records (REC-1): this module has no delete.

export function sourceKeyOf(source: SourceRef): string {
  return `${source.kind}:${source.id}`;
}

function sourceTable(db: AppDB, kind: SourceKind): Table {
  switch (kind) {
    case 'serviceReports':
      return db.serviceReports;
    case 'serviceCards':
      return db.serviceCards;
    case 'outstandingIssues':
      return db.outstandingIssues;
    case 'callLogs':
      return db.callLogs;
    case 'serviceRequests':
      return db.serviceRequests;
    case 'shipments':
      return db.shipments;
  }
}

/** Every table an outstanding issue's source can live in (for the transaction's scope). */
export function outstandingTables(db: AppDB): Table[] {
  return [db.outstandingIssues, db.reviewQueue, db.staff, db.serviceReports, db.serviceCards, db.callLogs, db.serviceRequests, db.shipments, db.auditLog];
}

/**
 * Writes one checked issue (open, with owner and due date) inside the caller's transaction, which
 * holds `outstandingTables(db)`: the owner must be on the staff list, the source must exist (or be
 * written in the same transaction), and the issue enters the review queue (REV-1).
 */
export async function insertOutstanding(db: AppDB, actor: Actor, draft: OutstandingDraft, now: number): Promise<StoredOutstandingIssue> {
  const issue = valueOrThrow(openOutstanding(draft, now));
  if (!(await db.staff.get(issue.ownerId))) refuse('ownerId', 'service.outstanding.error.ownerRequired');
  if (!(await sourceTable(db, issue.source.kind).get(issue.source.id))) refuse('source', 'service.outstanding.error.badSource');
  const row = { ...issue, sourceKey: sourceKeyOf(issue.source) };
  const id = addedKey(await db.outstandingIssues.add(row));
  await enqueueReview(db, 'outstandingIssues', id, now);
  await auditChange(db, actor, { action: 'create', table: 'outstandingIssues', recordId: id, after: auditSnapshot(row), at: now });
  return { ...row, id };
}

/** Records an outstanding issue (遗留问题): description, source, owner (required) and due date. */
export async function createOutstandingIssue(db: AppDB, actor: Actor, draft: OutstandingDraft, now = Date.now()): Promise<StoredOutstandingIssue> {
  assertCan(actor.roles, 'service.write');
  return db.transaction('rw', outstandingTables(db), () => insertOutstanding(db, actor, draft, now));
}

async function update(
  db: AppDB,
  actor: Actor,
  id: number,
  now: number,
  apply: (i: OutstandingIssue) => Result<OutstandingIssue>,
): Promise<StoredOutstandingIssue> {
  assertCan(actor.roles, 'service.write');
  return db.transaction('rw', [db.outstandingIssues, db.auditLog], async () => {
    const before = found(await db.outstandingIssues.get(id), 'service.outstanding.error.notFound');
    const next = { ...before, ...valueOrThrow(apply(before)), id };
    await db.outstandingIssues.put(next);
    await auditChange(db, actor, { action: 'update', table: 'outstandingIssues', recordId: id, before: auditSnapshot(before), after: auditSnapshot(next), at: now });
    return next;
  });
}

/** 未处理 → 处理中. */
export function startOutstandingIssue(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<StoredOutstandingIssue> {
  return update(db, actor, id, now, startOutstanding);
}

/** SVC-3: closed only with its resolution; it stays on record. */
export function closeOutstandingIssue(db: AppDB, actor: Actor, id: number, resolution: string, now = Date.now()): Promise<StoredOutstandingIssue> {
  return update(db, actor, id, now, (i) => closeOutstanding(i, resolution, now));
}

export function getOutstandingIssue(db: AppDB, id: number): Promise<StoredOutstandingIssue | undefined> {
  return db.outstandingIssues.get(id);
}

export interface OutstandingFilter {
  status?: OutstandingStatus | OutstandingStatus[];
  ownerId?: number;
}

/** Issues newest first, by status (index) and/or owner. */
export async function listOutstandingIssues(db: AppDB, filter: OutstandingFilter = {}, limit = 500): Promise<StoredOutstandingIssue[]> {
  const statuses = filter.status === undefined ? undefined : Array.isArray(filter.status) ? filter.status : [filter.status];
  let rows: StoredOutstandingIssue[];
  if (statuses) rows = await db.outstandingIssues.where('status').anyOf(statuses).toArray();
  else if (filter.ownerId !== undefined) rows = await db.outstandingIssues.where('ownerId').equals(filter.ownerId).toArray();
  else rows = await db.outstandingIssues.orderBy('createdAt').reverse().limit(limit).toArray();
  return rows
    .filter((i) => filter.ownerId === undefined || i.ownerId === filter.ownerId)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
    .slice(0, limit);
}

/** The overdue list: not closed and past the due date, the longest overdue first. */
export async function listOverdueOutstanding(db: AppDB, today = toIsoDate(Date.now())): Promise<StoredOutstandingIssue[]> {
  const open = await db.outstandingIssues.where('dueDate').below(today).toArray();
  return overdueIssues(open, today);
}

/** The issues opened from one record (a report's unresolved problems, a review's follow-up …), oldest first. */
export function outstandingForSource(db: AppDB, source: SourceRef): Promise<StoredOutstandingIssue[]> {
  return db.outstandingIssues.where('sourceKey').equals(sourceKeyOf(source)).sortBy('id');
}

export interface ShipmentIssueInput {
  /** Refused at the field when missing (an owner is required, SVC-3). */
  ownerId?: number;
  dueDate: string;
  /** When left out, the shipment's exception note (what the customer reported); a blank one is refused at the field. */
  description?: string;
}

/**
 * SHP-5 → SVC-3: a callback problem (damage, a box not matching the list) becomes an outstanding issue
 * sourced from the shipment, and the shipment is linked to it (its flag clears), in one transaction.
 */
export async function outstandingFromShipment(db: AppDB, actor: Actor, shipmentId: number, input: ShipmentIssueInput, now = Date.now()): Promise<StoredOutstandingIssue> {
  assertCan(actor.roles, 'service.write');
  // linkShipmentOutstandingIssue runs in the slip tables' transaction, which is every table.
  return db.transaction('rw', db.tables, async () => {
    const shipment = await db.shipments.get(shipmentId);
    if (!shipment) return refuse('shipmentId', 'slipRecord.error.shipmentNotFound');
    if (shipment.exception?.outstandingIssueId !== undefined) refuse('shipmentId', 'service.outstanding.error.shipmentAlreadyOpened');
    const description = input.description ?? shipment.exception?.note ?? '';
    const issue = await insertOutstanding(db, actor, { description, source: { kind: 'shipments', id: shipmentId }, ownerId: input.ownerId, dueDate: input.dueDate }, now);
    await linkShipmentOutstandingIssue(db, actor, shipmentId, issue.id, now);
    return issue;
  });
}

/** Issues recorded in [fromMs, toMsExclusive), oldest first (the Excel export selects them by createdAt). */
export function listOutstandingCreated(db: AppDB, fromMs: number, toMsExclusive: number): Promise<StoredOutstandingIssue[]> {
  if (!(fromMs < toMsExclusive)) return Promise.resolve([]);
  return db.outstandingIssues.where('createdAt').between(fromMs, toMsExclusive, true, false).toArray();
}
