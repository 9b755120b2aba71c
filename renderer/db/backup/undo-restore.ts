import { Dexie } from 'dexie';
import { canUndoRestore, confirmedRestore, keepReplacedMs, undoneTo, type PointerState } from '@shared/backup/db-pointer';
import type { Approval } from '@shared/auth/approval';
import { can } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { AuditEntry } from '@shared/audit/audit';
import { setActiveDbName } from '../active-db';
import { appendAudit } from '../audit-repo';
import { AppDB, getDb } from '../db';
import { peekPointer, readPointer, updatePointer } from '../pointer-db';
import { checkApproval } from '../sign-in';
import { isQuotaError } from '../storage-errors';
import { announceSwitch } from '../window-channel';

/** The last restore as 设置 shows it, while the data from before it is still kept. */
export interface LastRestore {
  at: number;
  fileName: string | null;
  /** Until when the data from before the restore is kept (and the restore can be undone). */
  keptUntil: number;
  /** Audit entries written since the restore: what an undo would not carry back. */
  actionsSince: number;
}

export type UndoRefusal =
  | 'backup.error.notAllowed'
  | 'backup.error.approval'
  | 'restoreUndo.error.none'
  | 'restoreUndo.error.missing'
  | 'backup.error.storage'
  | 'backup.error.failed';
export type UndoResult = { ok: true } | { ok: false; reason: UndoRefusal };

interface UndoOptions {
  /** The live database; defaults to the app's (tests pass their own). */
  live?: AppDB;
  now?: number;
}

/** The restore 撤销上次恢复 would undo, or null when there is none (confirmed, a week old, undone, never). Read-only. */
export async function lastRestore(live: AppDB = getDb(), now = Date.now()): Promise<LastRestore | null> {
  const state = await peekPointer();
  if (!state || state.active !== live.name) return null;
  if (!canUndoRestore(state, new Set(await Dexie.getDatabaseNames()), now) || !state.replaced) return null;
  const { at, fileName } = state.replaced;
  const actionsSince = await live.auditLog.where('at').above(at).count();
  return { at, fileName: fileName ?? null, keptUntil: at + keepReplacedMs, actionsSince };
}

/** Who may, with whose signature, and is there a restore to act on: the refusal, or the pointer as it is. */
async function precheck(actor: Actor, approval: Approval, live: AppDB, now: number): Promise<{ refusal: UndoRefusal } | { state: PointerState }> {
  if (!can(actor.roles, 'backup.restore')) return { refusal: 'backup.error.notAllowed' };
  const approved = await checkApproval(live, approval, now).then(() => true, () => false);
  if (!approved) return { refusal: 'backup.error.approval' };
  const state = await readPointer(now);
  if (!state.replaced || state.replaced.by !== 'restore' || state.active !== live.name) return { refusal: 'restoreUndo.error.none' };
  const names = new Set(await Dexie.getDatabaseNames());
  if (!names.has(state.replaced.name)) return { refusal: 'restoreUndo.error.missing' };
  if (!canUndoRestore(state, names, now)) return { refusal: 'restoreUndo.error.none' };
  return { state };
}

function entry(actor: Actor, approval: Approval, action: 'undoRestore' | 'confirmRestore', state: PointerState, now: number): Omit<AuditEntry, 'id'> {
  const replaced = state.replaced;
  return {
    at: now,
    staffId: actor.staffId,
    staffName: actor.name,
    action,
    table: 'database',
    recordId: replaced?.fileName ?? String(replaced?.at ?? now),
    after: { fileName: replaced?.fileName ?? null, restoredAt: replaced?.at ?? null, approvedBy: approval.supervisorName },
    note: approval.note,
  };
}

function failure(error: unknown): UndoResult {
  console.error('undoing or confirming the restore failed; nothing changed', error);
  return { ok: false, reason: isQuotaError(error) ? 'backup.error.storage' : 'backup.error.failed' };
}

/**
 * 撤销上次恢复: the data from before the last restore becomes live again, durably (the same strict
 * pointer write as the restore's switch). Its audit entry goes into that data, which is what the
 * audit log shows from now on. The restored data becomes the kept copy, deleted at a later start once
 * the old data has opened again. The caller reloads the window after success.
 */
export async function undoLastRestore(actor: Actor, approval: Approval, options: UndoOptions = {}): Promise<UndoResult> {
  const live = options.live ?? getDb();
  const now = options.now ?? Date.now();
  const checked = await precheck(actor, approval, live, now);
  if ('refusal' in checked) return { ok: false, reason: checked.refusal };
  const previous = checked.state.replaced?.name ?? '';
  try {
    const old = new AppDB(previous);
    try {
      await old.transaction('rw', old.auditLog, () => appendAudit(old, entry(actor, approval, 'undoRestore', checked.state, now)));
    } finally {
      old.close();
    }
    await updatePointer((s) => {
      if (s.replaced?.name !== previous || s.active !== live.name) throw new Error('the pointer changed while the undo ran');
      return undoneTo(s, now);
    }, now);
  } catch (error) {
    return failure(error);
  }
  setActiveDbName(previous);
  announceSwitch();
  live.close({ disableAutoOpen: true });
  return { ok: true };
}

/** The supervisor confirms the last restore: the data from before it is deleted at the next start. */
export async function confirmLastRestore(actor: Actor, approval: Approval, options: UndoOptions = {}): Promise<UndoResult> {
  const live = options.live ?? getDb();
  const now = options.now ?? Date.now();
  const checked = await precheck(actor, approval, live, now);
  if ('refusal' in checked) return { ok: false, reason: checked.refusal };
  try {
    // The entry first: a confirmation on record that the pointer then missed only keeps the copy a week.
    await live.transaction('rw', live.auditLog, () => appendAudit(live, entry(actor, approval, 'confirmRestore', checked.state, now)));
    await updatePointer((s) => confirmedRestore(s, now), now);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
