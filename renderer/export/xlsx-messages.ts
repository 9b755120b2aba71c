import type { CallLogWorkbookJob, Workbook } from './call-log-workbook';
import type { ExportProgress } from './progress';
import type { RecordsWorkbook, RecordsWorkbookJob } from './records-workbook';

/** What the export worker builds: the issue-2 call-log file, or a multi-kind records workbook. */
export type ExportJob = CallLogWorkbookJob | RecordsWorkbookJob;

export type ExportJobResult = { kind: 'callLogs'; workbook: Workbook | null } | { kind: 'records'; workbook: RecordsWorkbook };

/** Main thread → export worker: which database to read, and what to build. */
export interface ExportWorkerRequest {
  dbName: string;
  job: ExportJob;
}

/** Export worker → main thread. */
export type ExportWorkerResponse =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; result: ExportJobResult }
  | { type: 'error'; message: string };
