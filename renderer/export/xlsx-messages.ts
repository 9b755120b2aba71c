import type { CallLogWorkbookJob, Workbook } from './call-log-workbook';
import type { ExportProgress } from './progress';

/** Main thread → export worker: which database to read, and what to build. */
export interface ExportWorkerRequest {
  dbName: string;
  job: CallLogWorkbookJob;
}

/** Export worker → main thread. */
export type ExportWorkerResponse =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; workbook: Workbook | null }
  | { type: 'error'; message: string };
