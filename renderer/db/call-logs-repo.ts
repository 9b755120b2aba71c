import Dexie from 'dexie';
import { assertValid, ValidationError, type Issue } from '@shared/validation';
import type { Approval, VoidMark } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { normalizeCallLogInput, validateCallLog, type CallLog, type CallLogInput } from '@shared/domain/call-log';
import { auditChange } from './audit-repo';
import { bulkAddChunked } from './bulk-add';
import { addedKey, type AppDB } from './db';
import { voidRecord } from './void-record';

// Call logs are permanent records (REC-1, shared/domain/retention.ts): this module has no delete.

const unknownCustomer: Issue = { path: 'customerId', message: 'call.error.unknownCustomer' };

/** What the audit trail keeps of a call: its fields, without the id and entry time. */
function snapshot({ id: _id, createdAt: _c, ...fields }: CallLog): Record<string, unknown> {
  return fields;
}

/**
 * Logs a call with the signed-in staff member as 经手人 (handler), and its audit entry, in one
 * transaction. A call with neither phone nor customer, or with a customer that does not exist, throws a
 * ValidationError and writes nothing. The phone is stored normalized.
 */
export async function createCallLog(db: AppDB, actor: Actor, input: CallLogInput, now = Date.now()): Promise<number> {
  assertCan(actor.roles, 'call.write');
  assertValid(validateCallLog(input));
  const row: CallLog = { ...normalizeCallLogInput(input), createdAt: now, handlerId: actor.staffId, handlerName: actor.name };
  return db.transaction('rw', [db.customers, db.callLogs, db.reviewQueue, db.auditLog], async () => {
    if (row.customerId !== undefined && !(await db.customers.get(row.customerId))) {
      throw new ValidationError([unknownCustomer]);
    }
    const id = addedKey(await db.callLogs.add(row));
    // REV-1: every new call waits in the supervisor's review queue until reviewed.
    await db.reviewQueue.add({ kind: 'callLogs', recordId: id, createdAt: now });
    await auditChange(db, actor, { action: 'create', table: 'callLogs', recordId: id, after: snapshot(row), at: now });
    return id;
  });
}

/**
 * REC-1: voids a call log (they are permanent and are never deleted). Needs 'record.void', a reason and
 * an active supervisor's approval; the call stays listed with its mark and leaves the counts.
 */
export function voidCallLog(
  db: AppDB,
  actor: Actor,
  id: number,
  reason: string,
  approval: Approval,
  now = Date.now(),
): Promise<VoidMark> {
  return voidRecord(db, actor, {
    table: db.callLogs,
    get: (key) => db.callLogs.get(key),
    markVoided: (key, voided) => db.callLogs.update(key, { voided }),
    auditTable: 'callLogs',
    notFound: 'call.error.notFound',
    id,
    reason,
    approval,
    now,
  });
}

export function getCallLog(db: AppDB, id: number): Promise<CallLog | undefined> {
  return db.callLogs.get(id);
}

/** Calls with fromMs ≤ at < toMsExclusive, oldest first, voided ones included (the screen marks them). */
export function listCallLogs(db: AppDB, fromMs: number, toMsExclusive: number): Promise<CallLog[]> {
  if (!(fromMs < toMsExclusive)) return Promise.resolve([]);
  return db.callLogs.where('at').between(fromMs, toMsExclusive, true, false).toArray();
}

/** Every stored call, voided ones included (e.g. "is the database empty"); totals use `withoutVoided`. */
export function countCallLogs(db: AppDB): Promise<number> {
  return db.callLogs.count();
}

/** One customer's calls, newest first. */
export async function listCallLogsForCustomer(db: AppDB, customerId: number): Promise<CallLog[]> {
  return db.callLogs
    .where('[customerId+at]')
    .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey])
    .reverse()
    .toArray();
}

/**
 * Bulk load for benchmarks and generated test data only, never for the clerk's own records: it writes
 * no audit entries. Every row is validated first, and nothing is written if one is invalid or a chunk
 * fails. Customer ids are trusted here (the caller just created them).
 */
export async function bulkAddCallLogs(db: AppDB, inputs: readonly CallLogInput[], chunkSize = 5000): Promise<number[]> {
  const issues = inputs.flatMap((input, i) => validateCallLog(input).map((x) => ({ ...x, path: `${i}.${x.path}` })));
  assertValid(issues);
  const createdAt = Date.now();
  const rows = inputs.map((input): CallLog => ({ ...normalizeCallLogInput(input), createdAt }));
  const keys = await bulkAddChunked(db, db.callLogs, rows, chunkSize);
  return keys.map(addedKey);
}
