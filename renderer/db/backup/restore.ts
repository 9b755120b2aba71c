import { checkCounts, type BackupManifest } from '@shared/backup/manifest';
import type { RefusalDetail } from '@shared/backup/refusal';
import type { Approval } from '@shared/auth/approval';
import { can } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { appendAudit } from '../audit-repo';
import { getDb, schemaVersion, type AppDB } from '../db';
import { checkApproval } from '../sign-in';
import { stageOffThread } from './job-client';
import { isStorageError, type JobStats } from './jobs';
import type { OnBackupProgress } from './progress';
import { readBackup, type OpenOptions, type OpenRefusal, type Protection } from './open';
import { previewRestore, type RestorePreview } from './preview';
import { finishStaging, newStagingName, openStaged, startStaging, switchTo } from './staging';
import { announceSwitch } from '../window-channel';

export type RestoreRefusal =
  | OpenRefusal
  | 'backup.error.needsPassword'
  | 'backup.error.unprotected'
  | 'backup.error.auditLoss'
  | 'backup.error.notAllowed'
  | 'backup.error.approval'
  | 'backup.error.storage'
  | 'backup.error.failed';
export type RestoreResult = { ok: true; manifest: BackupManifest } | ({ ok: false; reason: RestoreRefusal } & RefusalDetail);

export interface RestoreOptions extends OpenOptions {
  /** The supervisor was told the file is an old unencrypted one (its contents cannot be proven unchanged) and restores it anyway. */
  acceptUnprotected?: boolean;
  /** The supervisor confirmed that today's audit entries the file does not hold will be gone. */
  acceptAuditLoss?: boolean;
  onProgress?: OnBackupProgress;
  /** The file's name, kept in the restore's audit entry. */
  fileName?: string;
  /** The database being replaced; defaults to the app's live database (tests pass their own). */
  live?: AppDB;
  now?: number;
  /** Rows written per IndexedDB transaction of the import. */
  rowsPerTransaction?: number;
  /** Where the import's time went (IndexedDB writes vs the whole job): for the benchmark. */
  onStats?: (stats: JobStats) => void;
}

/** Why a checked file may still not be restored without the supervisor's explicit word; null when it may. */
function unconfirmed(protection: Protection, preview: RestorePreview, options: RestoreOptions): RestoreRefusal | null {
  if (protection === 'unprotected' && options.acceptUnprotected !== true) return 'backup.error.unprotected';
  if (preview.audit.lost > 0 && options.acceptAuditLoss !== true) return 'backup.error.auditLoss';
  return null;
}

/**
 * Replaces the whole database with a backup, all or nothing. The backup is opened (decrypted and
 * authenticated; an old unencrypted file only with `acceptUnprotected`) and checked; a file that would
 * take audit entries away is refused unless `acceptAuditLoss`. Then it is imported
 * into a NEW database at its own schema version, counted, opened as AppDB off the main thread (the
 * normal migrations upgrade an older schema) and given its 'restore' audit entry; only then does the
 * durable pointer switch to it. The old database is kept for 撤销上次恢复 (until the restore is
 * confirmed or a week has passed). Any failure deletes the new database and leaves the live one
 * exactly as it was. The caller reloads the window after success.
 */
export async function restoreBackup(bytes: Uint8Array, actor: Actor, approval: Approval, options: RestoreOptions): Promise<RestoreResult> {
  if (!can(actor.roles, 'backup.restore')) return { ok: false, reason: 'backup.error.notAllowed' };
  const live = options.live ?? getDb();
  const now = options.now ?? Date.now();
  // The same check as every approval: an active supervisor, by name, given moments ago.
  const approved = await checkApproval(live, approval, now).then(() => true, () => false);
  if (!approved) return { ok: false, reason: 'backup.error.approval' };
  options.onProgress?.({ phase: 'verify', done: 0, total: 1 });
  const file = await readBackup(bytes, schemaVersion, options);
  if (!file.ok) {
    if (file.reason === 'needsPassword') return { ok: false, reason: 'backup.error.needsPassword' };
    // The table or row a refusal is about goes with it, for the message.
    const { ok: _ok, ...refusal } = file;
    return { ok: false, ...refusal };
  }
  const previewed = await previewRestore(file.data, live);
  if (!previewed.ok) return previewed;
  const { preview } = previewed;
  const refusal = unconfirmed(file.protection, preview, options);
  if (refusal) return { ok: false, reason: refusal };
  options.onProgress?.({ phase: 'verify', done: 1, total: 1 });

  const stagingName = newStagingName(now);
  let switched = false;
  try {
    // Other windows on this database close their connections now: nothing they write from here on
    // could survive the switch.
    announceSwitch();
    await startStaging(stagingName, now);
    const refusal = await stage(file.manifest, file.data, stagingName, options);
    if (refusal) return { ok: false, ...refusal };
    await writeRestoreAudit(stagingName, actor, approval, { manifest: file.manifest, protection: file.protection, preview }, options, now);
    options.onProgress?.({ phase: 'switch', done: 0, total: 1 });
    await switchTo(stagingName, live, options.fileName, now);
    switched = true;
    options.onProgress?.({ phase: 'switch', done: 1, total: 1 });
    return { ok: true, manifest: file.manifest };
  } catch (error) {
    console.error('restore failed; the live database is unchanged', error);
    return { ok: false, reason: isStorageError(error) ? 'backup.error.storage' : 'backup.error.failed' };
  } finally {
    // A failed clean-up is retried at the next start: the staging record stays until the delete worked.
    await finishStaging(stagingName, switched).catch((e: unknown) => console.warn('the staging database is removed at the next start', e));
  }
}

/**
 * Imports into the staging database (in a worker), which also checks every row against its table's
 * schema (jobs.ts), and checks every table holds the manifest's count; returns why not, or null.
 */
async function stage(
  manifest: BackupManifest,
  data: Uint8Array,
  stagingName: string,
  options: RestoreOptions,
): Promise<({ reason: RestoreRefusal } & RefusalDetail) | null> {
  const staged = await stageOffThread({ data, manifest, stagingName, rowsPerTransaction: options.rowsPerTransaction ?? 5000 }, options.onProgress);
  if (!staged.ok) {
    const { ok: _ok, ...refusal } = staged;
    return refusal;
  }
  if (staged.stats) options.onStats?.(staged.stats);
  options.onProgress?.({ phase: 'check', done: 0, total: 1 });
  if (checkCounts(manifest.tables, staged.counts).length > 0) return { reason: 'backup.error.counts' };
  options.onProgress?.({ phase: 'check', done: 1, total: 1 });
  return null;
}

interface RestoredFile {
  manifest: BackupManifest;
  protection: Protection;
  preview: RestorePreview;
}

/**
 * Records who restored what, in the staged data (already upgraded to the app's schema by the import
 * job): how the file was protected, how many staff rows changed, and the audit entries the supervisor
 * agreed to lose.
 */
async function writeRestoreAudit(stagingName: string, actor: Actor, approval: Approval, restored: RestoredFile, options: RestoreOptions, now: number) {
  const { fileName } = options;
  const { manifest, protection, preview } = restored;
  const confirmed = {
    protection,
    staffChanges: preview.staff.length,
    auditLost: preview.audit.lost,
    ...(protection === 'unprotected' ? { unprotectedConfirmed: true } : {}),
    ...(preview.audit.lost > 0 ? { auditLossConfirmed: true } : {}),
  };
  const db = await openStaged(stagingName);
  try {
    await db.transaction('rw', db.auditLog, () =>
      appendAudit(db, {
        at: now,
        staffId: actor.staffId,
        staffName: actor.name,
        action: 'restore',
        table: 'database',
        recordId: fileName ?? String(manifest.createdAt),
        after: { fileName: fileName ?? null, manifest, approval, ...confirmed },
        note: approval.note,
      }),
    );
  } finally {
    db.close();
  }
}
