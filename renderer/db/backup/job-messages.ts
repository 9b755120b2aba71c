import type { BackupManifest } from '@shared/backup/manifest';
import type { BackupJob, JobStats, RestoreJob, StageResult } from './jobs';
import type { BackupProgress } from './progress';

/** Main thread → backup worker. The worker opens the database by name (at whatever version it is stored). */
export type JobRequest = { kind: 'backup'; dbName: string; job: BackupJob } | { kind: 'restore'; job: RestoreJob };

export type JobResult = { kind: 'backup'; bytes: Uint8Array<ArrayBuffer>; manifest: BackupManifest; stats: JobStats } | { kind: 'restore'; result: StageResult };

export type JobResponse =
  | { type: 'progress'; progress: BackupProgress }
  | { type: 'done'; result: JobResult }
  | { type: 'error'; message: string };
