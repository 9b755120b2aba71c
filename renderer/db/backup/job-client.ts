import type { Dexie } from 'dexie';
import type { BackupManifest } from '@shared/backup/manifest';
import type { JobRequest, JobResponse, JobResult } from './job-messages';
import { runBackupJob, runRestoreJob, type BackupJob, type JobStats, type RestoreJob, type StageResult } from './jobs';
import type { OnBackupProgress } from './progress';

function inWorker(request: JobRequest, onProgress?: OnBackupProgress): Promise<JobResult> {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<JobResult>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<JobResponse>) => {
      const msg = event.data;
      if (msg.type === 'progress') onProgress?.(msg.progress);
      else if (msg.type === 'done') resolve(msg.result);
      else reject(new Error(msg.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'backup worker failed')));
    worker.addEventListener('messageerror', () => reject(new Error('backup worker message could not be read')));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

let threading: 'worker' | 'inline' = 'worker';

/** Where the heavy halves run: a Web Worker (default) or this thread (the benchmark compares both). */
export function setBackupThreading(mode: 'worker' | 'inline'): void {
  threading = mode;
}

const hasWorker = () => threading === 'worker' && typeof Worker !== 'undefined';

/** The backup file of `db`, built in a Web Worker (on this thread where there is none, e.g. vitest). */
export async function backupOffThread(db: Dexie, job: BackupJob, onProgress?: OnBackupProgress): Promise<{ bytes: Uint8Array; manifest: BackupManifest; stats: JobStats }> {
  if (!hasWorker()) return runBackupJob(db, job, onProgress);
  await db.open(); // the worker opens it by name: make sure it exists
  const result = await inWorker({ kind: 'backup', dbName: db.name, job }, onProgress);
  if (result.kind !== 'backup') throw new Error('the backup worker answered another job');
  return result;
}

/** Imports a verified backup's data into the staging database, in a Web Worker where there is one. */
export async function stageOffThread(job: RestoreJob, onProgress?: OnBackupProgress): Promise<StageResult> {
  if (!hasWorker()) return runRestoreJob(job, onProgress);
  const result = await inWorker({ kind: 'restore', job }, onProgress);
  if (result.kind !== 'restore') throw new Error('the backup worker answered another job');
  return result.result;
}
