import Dexie from 'dexie';
import { assertValid, ValidationError, type Issue } from '@shared/validation';
import { normalizeCallLogInput, validateCallLog, type CallLog, type CallLogInput } from '@shared/domain/call-log';
import { bulkAddChunked } from './bulk-add';
import { addedKey, type AppDB } from './db';

const unknownCustomer: Issue = { path: 'customerId', message: 'call.error.unknownCustomer' };

/**
 * Logs a call: a call with neither phone nor customer, or with a customer that does not exist,
 * throws a ValidationError and writes nothing. The phone is stored normalized.
 */
export async function createCallLog(db: AppDB, input: CallLogInput): Promise<number> {
  assertValid(validateCallLog(input));
  const row: CallLog = { ...normalizeCallLogInput(input), createdAt: Date.now() };
  return db.transaction('rw', db.customers, db.callLogs, async () => {
    if (row.customerId !== undefined && !(await db.customers.get(row.customerId))) {
      throw new ValidationError([unknownCustomer]);
    }
    return addedKey(await db.callLogs.add(row));
  });
}

/** Calls with fromMs ≤ at < toMsExclusive, oldest first. */
export function listCallLogs(db: AppDB, fromMs: number, toMsExclusive: number): Promise<CallLog[]> {
  if (!(fromMs < toMsExclusive)) return Promise.resolve([]);
  return db.callLogs.where('at').between(fromMs, toMsExclusive, true, false).toArray();
}

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
 * Bulk load (sample data, benchmarks): every row is validated first, and nothing is written if
 * one is invalid or a chunk fails. Customer ids are trusted here (the caller just created them).
 */
export async function bulkAddCallLogs(db: AppDB, inputs: readonly CallLogInput[], chunkSize = 5000): Promise<number[]> {
  const issues = inputs.flatMap((input, i) => validateCallLog(input).map((x) => ({ ...x, path: `${i}.${x.path}` })));
  assertValid(issues);
  const createdAt = Date.now();
  const rows = inputs.map((input): CallLog => ({ ...normalizeCallLogInput(input), createdAt }));
  const keys = await bulkAddChunked(db, db.callLogs, rows, chunkSize);
  return keys.map(addedKey);
}
