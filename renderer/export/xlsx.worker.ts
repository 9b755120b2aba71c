/**
 * Builds export workbooks off the main thread: the worker opens the same IndexedDB database, reads
 * the records, maps them to rows and zips the .xlsx, so the window keeps responding even for 100k rows.
 */
import { AppDB } from '../db/db';
import { runExportJob } from './run-job';
import type { ExportWorkerRequest, ExportWorkerResponse } from './xlsx-messages';

function post(message: ExportWorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.addEventListener('message', (event: MessageEvent<ExportWorkerRequest>) => {
  const { dbName, job } = event.data;
  const db = new AppDB(dbName);
  runExportJob(db, job, (progress) => post({ type: 'progress', progress }))
    .then((result) => {
      // Transfer, not copy: the buffer moves to the main thread without a second clone.
      const bytes = result.workbook?.bytes;
      post({ type: 'done', result }, bytes ? [bytes.buffer] : []);
    })
    .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => db.close());
});
