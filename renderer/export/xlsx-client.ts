import type { AppDB } from '../db/db';
import type { CallLogWorkbookJob, Workbook } from './call-log-workbook';
import type { ExportProgress } from './progress';
import type { RecordsWorkbook, RecordsWorkbookJob } from './records-workbook';
import type { ExportJob, ExportJobResult, ExportWorkerRequest, ExportWorkerResponse } from './xlsx-messages';

/**
 * Runs an export job in a Web Worker that reads `db` by name. Where there is no Worker (vitest on
 * Node) it runs on the current thread; that code is loaded lazily to keep SheetJS out of the main bundle.
 */
async function runOffThread(db: AppDB, job: ExportJob, onProgress?: (p: ExportProgress) => void): Promise<ExportJobResult> {
  if (typeof Worker === 'undefined') {
    const { runExportJob } = await import('./run-job');
    return runExportJob(db, job, onProgress);
  }
  const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ExportJobResult>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<ExportWorkerResponse>) => {
        const msg = event.data;
        if (msg.type === 'progress') onProgress?.(msg.progress);
        else if (msg.type === 'done') resolve(msg.result);
        else reject(new Error(msg.message));
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'export worker failed')));
      worker.addEventListener('messageerror', () => reject(new Error('export worker message could not be read')));
      worker.postMessage({ dbName: db.name, job } satisfies ExportWorkerRequest);
    });
  } finally {
    worker.terminate();
  }
}

/** The call-log workbook (issue 2), null when the range holds no call. */
export async function buildWorkbookOffThread(db: AppDB, job: CallLogWorkbookJob, onProgress?: (p: ExportProgress) => void): Promise<Workbook | null> {
  const result = await runOffThread(db, job, onProgress);
  return result.kind === 'callLogs' ? result.workbook : null;
}

/** The multi-kind records workbook (REC-2): a sheet per kind and the summary sheet. */
export async function buildRecordsWorkbookOffThread(
  db: AppDB,
  job: RecordsWorkbookJob,
  onProgress?: (p: ExportProgress) => void,
): Promise<RecordsWorkbook> {
  const result = await runOffThread(db, job, onProgress);
  if (result.kind !== 'records') throw new Error('export worker answered a different job');
  return result.workbook;
}
