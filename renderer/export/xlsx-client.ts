import type { AppDB } from '../db/db';
import type { CallLogWorkbookJob, Workbook } from './call-log-workbook';
import type { ExportProgress } from './progress';
import type { ExportWorkerRequest, ExportWorkerResponse } from './xlsx-messages';

/**
 * Runs an export job in a Web Worker that reads `db` by name. Where there is no Worker (vitest on
 * Node) it runs on the current thread; that code is loaded lazily to keep SheetJS out of the main bundle.
 */
export async function buildWorkbookOffThread(
  db: AppDB,
  job: CallLogWorkbookJob,
  onProgress?: (p: ExportProgress) => void,
): Promise<Workbook | null> {
  if (typeof Worker === 'undefined') {
    const { buildCallLogWorkbook } = await import('./call-log-workbook');
    return buildCallLogWorkbook(db, job, onProgress);
  }
  const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Workbook | null>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<ExportWorkerResponse>) => {
        const msg = event.data;
        if (msg.type === 'progress') onProgress?.(msg.progress);
        else if (msg.type === 'done') resolve(msg.workbook);
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
