import type { Dexie } from 'dexie';
import type { BackupManifest } from '@shared/backup/manifest';
import type { RefusalDetail } from '@shared/backup/refusal';
import { backupFileName } from '@shared/backup/schedule';
import { getDb, schemaVersion, type AppDB } from '../db';
import { backupOffThread } from './job-client';
import type { JobStats } from './jobs';
import type { BackupKeyring } from './keyring';
import { readBackup, type OpenOptions, type OpenRefusal, type Protection, type SealedOrigin } from './open';
import { previewRestore, type RestorePreview } from './preview';
import type { OnBackupProgress } from './progress';
import { newDataKey, sealBackup } from './seal';

/** Neither a device key nor a backup password: an encrypted backup cannot be made (say so, do not write it in the clear). */
export class BackupKeyMissingError extends Error {
  constructor() {
    super('no key to encrypt the backup with: set a backup password');
    this.name = 'BackupKeyMissingError';
  }
}

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
  /** The keys the backup's data key is wrapped by (device key, backup password). */
  keyring: BackupKeyring;
}

export interface CreatedBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
  fileName: string;
}

/**
 * The whole database as one encrypted backup file. The export (manifest, gzip of a dexie-export-import
 * JSON) is built in a Web Worker: it reads every table in one read transaction (a consistent snapshot)
 * in primary-key pages and gzips as it goes. It is then encrypted with a new random data key
 * (AES-256-GCM), which is wrapped by the device key and the backup password (seal.ts). Takes any
 * Dexie, so the pre-upgrade backup can export a database opened at its stored version.
 */
export async function createBackup(db: Dexie, options: CreateBackupOptions): Promise<CreatedBackup> {
  const now = options.now ?? Date.now();
  const job = { appVersion: options.appVersion, pcName: options.pcName, createdAt: now, rowsPerChunk: options.rowsPerChunk ?? 5000 };
  // Wrapped first: without a key there is nothing to write, so the export is not read in vain.
  const dataKey = newDataKey();
  try {
    const slots = await options.keyring.wrap(dataKey);
    if (slots.length === 0) throw new BackupKeyMissingError();
    const { bytes, manifest, stats } = await backupOffThread(db, job, options.onProgress);
    options.onStats?.(stats);
    const sealed = await sealBackup(bytes, { appVersion: job.appVersion, createdAt: now, pcName: job.pcName }, dataKey, slots);
    return { bytes: sealed, manifest, fileName: backupFileName(now) };
  } finally {
    dataKey.fill(0);
  }
}

export type InspectResult =
  | { ok: true; manifest: BackupManifest; protection: Protection; preview: RestorePreview }
  | ({ ok: false; reason: OpenRefusal } & RefusalDetail)
  | { ok: false; reason: 'needsPassword'; origin: SealedOrigin };

export interface InspectOptions extends OpenOptions {
  /** The database a restore would replace; the app's live one by default. */
  live?: AppDB;
}

/**
 * Checks a file and says what it holds and what restoring it would change, writing nothing: it opens
 * (decrypts and authenticates) an encrypted file, checks it like an old unencrypted one (ours,
 * complete, checksum, not from a newer schema, counts), then compares its staff and audit trail with
 * today's.
 */
export async function inspectBackup(bytes: Uint8Array, options: InspectOptions): Promise<InspectResult> {
  const file = await readBackup(bytes, schemaVersion, options);
  if (!file.ok) return file;
  const previewed = await previewRestore(file.data, options.live ?? getDb());
  if (!previewed.ok) return previewed;
  return { ok: true, manifest: file.manifest, protection: file.protection, preview: previewed.preview };
}
