import type { Dexie } from 'dexie';
import type { BackupRefusal } from '@shared/backup/file-layout';
import type { BackupManifest } from '@shared/backup/manifest';
import type { RefusalDetail } from '@shared/backup/refusal';
import { backupFileName } from '@shared/backup/schedule';
import { schemaVersion } from '../db';
import { backupOffThread } from './job-client';
import type { JobStats } from './jobs';
import type { OnBackupProgress } from './progress';
import { verifyBackup } from './verify';

export interface CreateBackupOptions {
  appVersion: string;
  pcName: string;
  onProgress?: OnBackupProgress;
  /** The backup's time (manifest and file name); defaults to now. */
  now?: number;
  /** Rows read per step: bounds memory and how long the window is busy at a time. */
  rowsPerChunk?: number;
  /** Where the time went (IndexedDB reads vs the whole job): for the benchmark. */
  onStats?: (stats: JobStats) => void;
}

export interface CreatedBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
  fileName: string;
}

/**
 * The whole database as one backup file (magic line, manifest, gzip of a dexie-export-import JSON),
 * built in a Web Worker: it reads every table in one read transaction (a consistent snapshot) in
 * primary-key pages and gzips as it goes. Takes any Dexie, so the pre-upgrade backup can export a
 * database opened at its stored version.
 */
export async function createBackup(db: Dexie, options: CreateBackupOptions): Promise<CreatedBackup> {
  const now = options.now ?? Date.now();
  const job = { appVersion: options.appVersion, pcName: options.pcName, createdAt: now, rowsPerChunk: options.rowsPerChunk ?? 5000 };
  const { bytes, manifest, stats } = await backupOffThread(db, job, options.onProgress);
  options.onStats?.(stats);
  return { bytes, manifest, fileName: backupFileName(now) };
}

export type InspectResult = { ok: true; manifest: BackupManifest } | ({ ok: false; reason: BackupRefusal } & RefusalDetail);

/**
 * Checks a file and says what it holds, writing nothing: ours, complete, checksum, not from a newer
 * schema, and the export inside agrees with the manifest (version and per-table counts).
 */
export async function inspectBackup(bytes: Uint8Array): Promise<InspectResult> {
  const file = await verifyBackup(bytes, schemaVersion);
  return file.ok ? { ok: true, manifest: file.manifest } : file;
}
