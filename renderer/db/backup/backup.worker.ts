/**
 * Backup and restore off the main thread: the worker reads (or fills) IndexedDB itself, stringifies
 * or parses the rows and runs gzip, so the window keeps responding while a million rows go by.
 */
import { Dexie } from 'dexie';
import type { JobRequest, JobResponse, JobResult } from './job-messages';
import { gzipHere, gzipInWorker } from './gzip-sink';
import { runBackupJob, runRestoreJob } from './jobs';
import type { BackupProgress } from './progress';

function post(message: JobResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

const progress = (p: BackupProgress) => post({ type: 'progress', progress: p });

async function run(request: JobRequest): Promise<JobResult> {
  if (request.kind === 'restore') return { kind: 'restore', result: await runRestoreJob(request.job, progress) };
  // No schema given: Dexie opens the database as stored, so the pre-upgrade backup sees the old version.
  const db = new Dexie(request.dbName);
  try {
    await db.open();
    // gzip in a nested worker where the browser offers one, so it runs alongside the reading.
    const gzip = typeof Worker === 'undefined' ? gzipHere : gzipInWorker;
    return { kind: 'backup', ...(await runBackupJob(db, request.job, progress, gzip)) };
  } finally {
    db.close();
  }
}

self.addEventListener('message', (event: MessageEvent<JobRequest>) => {
  run(event.data)
    .then((result) => post({ type: 'done', result }, result.kind === 'backup' ? [result.bytes.buffer] : []))
    .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
});
