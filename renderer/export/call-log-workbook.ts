import { dayRangeToMs } from '@shared/domain/local-date';
import { callLogSheet } from '@shared/export/call-log-rows';
import type { Lang } from '@shared/i18n';
import { listCallLogs } from '../db/call-logs-repo';
import { getCustomersByIds } from '../db/customers-repo';
import type { AppDB } from '../db/db';
import type { ExportProgress } from './progress';
import { buildXlsx } from './xlsx-builder';

export interface CallLogWorkbookJob {
  kind: 'callLogs';
  /** YYYY-MM-DD, inclusive, local dates (already validated). */
  from: string;
  to: string;
  lang: Lang;
}

export interface Workbook {
  bytes: Uint8Array<ArrayBuffer>;
  rowCount: number;
}

/**
 * Reads the calls of the range and builds the .xlsx; null when the range holds no call. Runs in the
 * export worker, so neither the 100k-row read nor the workbook ever occupies the window's thread.
 */
export async function buildCallLogWorkbook(
  db: AppDB,
  job: CallLogWorkbookJob,
  onProgress?: (p: ExportProgress) => void,
): Promise<Workbook | null> {
  onProgress?.({ phase: 'read', done: 0, total: 1 });
  const { fromMs, toMsExclusive } = dayRangeToMs(job.from, job.to);
  const calls = await listCallLogs(db, fromMs, toMsExclusive);
  if (calls.length === 0) return null;
  const customers = await getCustomersByIds(db, calls.flatMap((c) => (c.customerId === undefined ? [] : [c.customerId])));
  onProgress?.({ phase: 'read', done: 1, total: 1 });
  const bytes = buildXlsx(callLogSheet(calls, customers, job.lang), onProgress);
  return { bytes, rowCount: calls.length };
}
