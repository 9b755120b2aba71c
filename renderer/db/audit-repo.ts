import Dexie from 'dexie';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { changedFields, type AuditAction, type AuditEntry } from '@shared/audit/audit';
import { addedKey, type AppDB } from './db';

export interface AuditFilter {
  staffId?: number;
  table?: string;
  recordId?: string | number;
  fromMs?: number;
  toMsExclusive?: number;
}

/**
 * Appends one entry to the audit trail. It must run inside the caller's read-write transaction that
 * also holds `db.auditLog`, so the record write and its audit entry commit or fail together.
 */
export async function appendAudit(db: AppDB, entry: Omit<AuditEntry, 'id'>): Promise<number> {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.db !== db || tx.mode !== 'readwrite' || !tx.storeNames.includes('auditLog')) {
    throw new Error('appendAudit must run inside a read-write transaction that includes db.auditLog');
  }
  return addedKey(await db.auditLog.add(entry));
}

type Plain = Record<string, unknown>;

export interface AuditedChange {
  action: AuditAction;
  table: string;
  recordId: string | number;
  /** The record before and after, as audit snapshots; only the fields that differ are kept. */
  before?: Plain;
  after?: Plain;
  at: number;
  note?: string;
}

/** Appends the audit entry for one write by `actor`, keeping only the changed fields. */
export function auditChange(db: AppDB, actor: Actor, change: AuditedChange): Promise<number> {
  const { action, table, recordId, before, after, at, note } = change;
  return appendAudit(db, {
    at,
    staffId: actor.staffId,
    staffName: actor.name,
    action,
    table,
    recordId: String(recordId),
    ...changedFields(before, after),
    ...(note !== undefined ? { note } : {}),
  });
}

function matches(e: AuditEntry, f: AuditFilter): boolean {
  return (
    (f.staffId === undefined || e.staffId === f.staffId) &&
    (f.table === undefined || e.table === f.table) &&
    (f.recordId === undefined || e.recordId === String(f.recordId)) &&
    (f.fromMs === undefined || e.at >= f.fromMs) &&
    (f.toMsExclusive === undefined || e.at < f.toMsExclusive)
  );
}

/**
 * The audit trail, newest first, for the 审计日志 viewer (needs 'audit.view'). One record's entries come
 * from the [table+recordId] index; anything else walks the time index backwards and stops at `limit`.
 */
export async function auditTrail(db: AppDB, actor: Actor, filter: AuditFilter = {}, limit = 500): Promise<AuditEntry[]> {
  assertCan(actor.roles, 'audit.view');
  const { table, recordId } = filter;
  if (table !== undefined && recordId !== undefined) {
    const rows = await db.auditLog.where('[table+recordId]').equals([table, String(recordId)]).toArray();
    return rows.filter((e) => matches(e, filter)).sort(newestFirst).slice(0, limit);
  }
  const from = filter.fromMs ?? Dexie.minKey;
  const to = filter.toMsExclusive ?? Dexie.maxKey;
  return db.auditLog
    .where('at')
    .between(from, to, true, false)
    .reverse()
    .filter((e) => matches(e, filter))
    .limit(limit)
    .toArray();
}

function newestFirst(a: AuditEntry, b: AuditEntry): number {
  return b.at - a.at || (b.id ?? 0) - (a.id ?? 0);
}

/**
 * One record's history, oldest first (the record screens' 历史): in the order written, which stays
 * right even if the PC's clock was set back between two changes.
 */
export async function recordHistory(db: AppDB, table: string, recordId: string | number): Promise<AuditEntry[]> {
  const rows = await db.auditLog.where('[table+recordId]').equals([table, String(recordId)]).toArray();
  return rows.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}
