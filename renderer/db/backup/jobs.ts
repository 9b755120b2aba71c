import { Dexie } from 'dexie';
import type { BackupRefusal } from '@shared/backup/file-layout';
import type { BackupManifest } from '@shared/backup/manifest';
import type { RefusalDetail } from '@shared/backup/refusal';
import { encodeBackupFile } from './backup-file';
import { gzipHere, type GzipSink } from './gzip-sink';
import { countRows, loadExportImport, readExportHeader, type ExportHeader } from './export-import';
import { NeedsLibraryImport, importExportJson } from './json-import';
import { writeExportJson } from './json-export';
import type { OnBackupProgress } from './progress';
import { gunzipToBlob, gzipBlob } from './streams';
import { checkStagedRows } from './check-staged';
import { ExportTooLarge } from './json-scan';
import { checkExportLimits, exportText } from './limits';
import { openStaged } from './staging';
import { headerRefusal } from './verify';

/**
 * The heavy halves of backup and restore. They run in a Web Worker in the app (backup.worker.ts),
 * so the window stays responsive, and on the calling thread where there is no Worker (vitest).
 */

/** Where a job's time went: waiting for IndexedDB, and the whole job (for the benchmark). */
export interface JobStats {
  idbMs: number;
  jobMs: number;
}

export interface BackupJob {
  appVersion: string;
  pcName: string;
  createdAt: number;
  rowsPerChunk: number;
}

/** The export JSON gzipped: the fast writer, or the library's when a row is not plain JSON. */
async function exportGzipped(
  db: Dexie,
  job: BackupJob,
  ctx: { stats: { readMs: number }; gzip: () => GzipSink; onProgress?: OnBackupProgress },
): Promise<{ header: ExportHeader; data: Uint8Array }> {
  const { stats, onProgress } = ctx;
  const gzip = ctx.gzip();
  const header = await writeExportJson(db, (text) => gzip.write(text), {
    rowsPerChunk: job.rowsPerChunk,
    stats,
    onRows: (done, total) => onProgress?.({ phase: 'read', done, total }),
  });
  const fast = await gzip.finish();
  if (header) return { header, data: fast };
  const { exportDB } = await loadExportImport();
  const json = await exportDB(db, {
    numRowsPerChunk: job.rowsPerChunk,
    progressCallback: (p) => {
      onProgress?.({ phase: 'read', done: p.completedRows, total: p.totalRows ?? 0 });
      return true;
    },
  });
  const libraryHeader = await readExportHeader(json);
  if (!libraryHeader) throw new Error('dexie-export-import produced an export without a readable header');
  return { header: libraryHeader, data: await gzipBlob(json, (done, total) => onProgress?.({ phase: 'compress', done, total })) };
}

/** The whole backup file of `db`: export, gzip, checksum, manifest. */
export async function runBackupJob(
  db: Dexie,
  job: BackupJob,
  onProgress?: OnBackupProgress,
  gzip: () => GzipSink = gzipHere,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; manifest: BackupManifest; stats: JobStats }> {
  const started = performance.now();
  const read = { readMs: 0 };
  const { header, data } = await exportGzipped(db, job, { stats: read, gzip, onProgress });
  onProgress?.({ phase: 'checksum', done: 0, total: 1 });
  const file = await encodeBackupFile(
    { appVersion: job.appVersion, schemaVersion: header.databaseVersion, createdAt: job.createdAt, pcName: job.pcName, tables: header.tables },
    data,
  );
  onProgress?.({ phase: 'checksum', done: 1, total: 1 });
  return { ...file, stats: { idbMs: read.readMs, jobMs: performance.now() - started } };
}

export interface RestoreJob {
  data: Uint8Array;
  manifest: BackupManifest;
  stagingName: string;
  rowsPerTransaction: number;
}

export type StageResult =
  | { ok: true; counts: Record<string, number>; stats?: JobStats }
  | ({ ok: false; reason: BackupRefusal | 'backup.error.storage' | 'backup.error.failed' } & RefusalDetail);

export function isStorageError(error: unknown): boolean {
  const quota = (e: unknown) => e instanceof Error && (e.name === 'QuotaExceededError' || e.name === Dexie.errnames.QuotaExceeded);
  return quota(error) || (error instanceof Dexie.DexieError && quota(error.inner));
}

/** Damage that only shows while reading: bad gzip or UTF-8 (TypeError), bad JSON (SyntaxError), rows IndexedDB refuses. */
function isDamage(error: unknown): boolean {
  if (error instanceof TypeError || error instanceof SyntaxError) return true;
  const dexieDamage = [Dexie.errnames.Constraint, Dexie.errnames.Data, 'BulkError', Dexie.errnames.Schema, Dexie.errnames.InvalidTable];
  return error instanceof Dexie.DexieError && dexieDamage.includes(error.name);
}

async function importWithLibrary(job: RestoreJob, onProgress?: OnBackupProgress): Promise<StageResult> {
  await checkExportLimits(job.data);
  const json = await gunzipToBlob(job.data);
  const refusal = headerRefusal(job.manifest, await readExportHeader(json));
  if (refusal) return { ok: false, ...refusal };
  const { importDB } = await loadExportImport();
  const staged = await importDB(json, {
    name: job.stagingName,
    chunkSizeBytes: 512 * 1024,
    noTransaction: true, // the staging database is thrown away whole if anything fails
    progressCallback: (p) => {
      onProgress?.({ phase: 'import', done: p.completedRows, total: p.totalRows ?? 0 });
      return true;
    },
  });
  try {
    return { ok: true, counts: await countRows(staged) };
  } finally {
    staged.close();
  }
}

/**
 * Imports the backup's data into the new database `stagingName`, counts its rows, then opens it with
 * the app's schema so the migrations of an older backup run here, off the window's thread (an upgrade
 * can walk every call on file), and checks every row of the result against its table's row schema:
 * what is checked is exactly what the switch would make live, whatever version the file came from.
 * A damaged file gives a refusal; the caller deletes the staging database whatever happens here.
 */
export async function runRestoreJob(job: RestoreJob, onProgress?: OnBackupProgress): Promise<StageResult> {
  const staged = await importStaged(job, onProgress);
  if (!staged.ok) return staged;
  try {
    onProgress?.({ phase: 'upgrade', done: 0, total: 1 });
    const db = await openStaged(job.stagingName);
    onProgress?.({ phase: 'upgrade', done: 1, total: 1 });
    try {
      const problem = await checkStagedRows(db, onProgress);
      return problem ? { ok: false, reason: 'backup.error.badRow', problem } : staged;
    } finally {
      db.close();
    }
  } catch (error) {
    return classify(error);
  }
}

async function importStaged(job: RestoreJob, onProgress?: OnBackupProgress): Promise<StageResult> {
  const total = Object.values(job.manifest.tables).reduce((a, b) => a + b, 0);
  const started = performance.now();
  try {
    onProgress?.({ phase: 'import', done: 0, total });
    const result = await importExportJson(exportText(job.data), {
      stagingName: job.stagingName,
      manifest: job.manifest,
      rowsPerTransaction: job.rowsPerTransaction,
      onRows: (done) => onProgress?.({ phase: 'import', done, total }),
    });
    return result.ok ? { ok: true, counts: result.counts, stats: { idbMs: result.writeMs, jobMs: performance.now() - started } } : result;
  } catch (error) {
    if (error instanceof NeedsLibraryImport) {
      await Dexie.delete(job.stagingName);
      // The library's reader is lenient and its errors are plain Errors: any failure there means the data is unusable.
      return importWithLibrary(job, onProgress).catch((e: unknown) => (isStorageError(e) || e instanceof ExportTooLarge ? classify(e) : unreadable(e)));
    }
    return classify(error);
  }
}

function unreadable(error: unknown): StageResult {
  console.error('the backup could not be imported', error);
  return { ok: false, reason: 'backup.error.unreadable' };
}

function classify(error: unknown): StageResult {
  if (isStorageError(error)) return { ok: false, reason: 'backup.error.storage' };
  if (error instanceof ExportTooLarge) return { ok: false, reason: 'backup.error.tooLarge' };
  console.error('the backup could not be imported', error);
  return { ok: false, reason: isDamage(error) ? 'backup.error.unreadable' : 'backup.error.failed' };
}
