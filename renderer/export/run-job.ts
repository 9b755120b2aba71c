import type { AppDB } from '../db/db';
import { buildCallLogWorkbook } from './call-log-workbook';
import type { ExportProgress } from './progress';
import { buildRecordsWorkbook } from './records-workbook';
import type { ExportJob, ExportJobResult } from './xlsx-messages';

/** Builds one export job's workbook: in the worker, or on the current thread where there is no Worker. */
export async function runExportJob(db: AppDB, job: ExportJob, onProgress?: (p: ExportProgress) => void): Promise<ExportJobResult> {
  if (job.kind === 'callLogs') return { kind: 'callLogs', workbook: await buildCallLogWorkbook(db, job, onProgress) };
  return { kind: 'records', workbook: await buildRecordsWorkbook(db, job, onProgress) };
}
