import { Dexie } from 'dexie';
import { forgetDeleted, protectedNames } from '@shared/backup/db-pointer';
import { can } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { activeDbName, defaultDbName } from '../active-db';
import { appendAudit } from '../audit-repo';
import { getDb, type AppDB } from '../db';
import { peekPointer, pointerDbName, updatePointer } from '../pointer-db';
import { deleteWithin } from '../start-db';
import { isQuotaError } from '../storage-errors';
import { stagingInProgress } from './staging';

/** A copy of the data that is not in use: a restore's staging database the start could not remove, or an older one. */
export interface LeftoverCopy {
  name: string;
  /** When it was made (its staging record, or the time in its name); null when unknown. */
  createdAt: number | null;
  /** Rows over all its tables; null when it could not be opened. */
  rows: number | null;
}

/** The names this app gives its databases: the first one, and restores' staging copies (staging.ts). */
const stagingPattern = /^shouhou-center-([0-9a-z]+)-[0-9a-z]{1,6}$/;

function timeInName(name: string): number | null {
  const m = stagingPattern.exec(name);
  const at = m?.[1] ? parseInt(m[1], 36) : NaN;
  // Only a plausible time (2017–2096): a name that merely looks like ours says nothing about its age.
  return Number.isFinite(at) && at > 1.5e12 && at < 4e12 ? at : null;
}

async function rowCount(name: string): Promise<number | null> {
  // Opened as stored (no schema): the count must not upgrade, and so change, a copy nobody uses.
  const db = new Dexie(name);
  try {
    await db.open();
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    return counts.reduce((a, b) => a + b, 0);
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/**
 * The data copies 设置 lists for removal: this app's databases that are neither live, nor kept for
 * 撤销上次恢复, nor a restore running right now. Only names the app gives (or the pointer recorded)
 * are listed: another database of the same site is not the app's to delete.
 */
export async function listLeftovers(): Promise<LeftoverCopy[]> {
  const state = await peekPointer();
  const keep = new Set([pointerDbName, activeDbName(), ...(state ? protectedNames(state) : []), ...stagingInProgress()]);
  const recorded = new Map([...(state?.staging ?? []).map((s) => [s.name, s.startedAt] as const), ...(state?.retired ?? []).map((n) => [n, null] as const)]);
  const names = (await Dexie.getDatabaseNames()).filter((n) => !keep.has(n) && (recorded.has(n) || n === defaultDbName || stagingPattern.test(n)));
  const copies: LeftoverCopy[] = [];
  for (const name of names.sort()) copies.push({ name, createdAt: recorded.get(name) ?? timeInName(name), rows: await rowCount(name) });
  return copies;
}

export type RemoveLeftoverResult = { ok: true } | { ok: false; reason: 'backup.error.notAllowed' | 'restoreUndo.error.none' | 'leftovers.busy' | 'backup.error.storage' | 'backup.error.failed' };

/**
 * Deletes one listed copy (a supervisor, as for a restore), then records who did it in the live
 * data's audit trail. A name that is not listed (live, kept for undo, not the app's) is refused.
 */
export async function removeLeftover(actor: Actor, name: string, options: { live?: AppDB; now?: number } = {}): Promise<RemoveLeftoverResult> {
  if (!can(actor.roles, 'backup.restore')) return { ok: false, reason: 'backup.error.notAllowed' };
  const live = options.live ?? getDb();
  const listed = await listLeftovers();
  const copy = listed.find((c) => c.name === name);
  if (!copy || name === live.name) return { ok: false, reason: 'restoreUndo.error.none' };
  if (!(await deleteWithin(name, 5_000))) return { ok: false, reason: 'leftovers.busy' };
  try {
    await updatePointer((s) => forgetDeleted(s, name));
    await live.transaction('rw', live.auditLog, () =>
      appendAudit(live, {
        at: options.now ?? Date.now(),
        staffId: actor.staffId,
        staffName: actor.name,
        action: 'remove',
        table: 'database',
        recordId: name,
        before: { rows: copy.rows, createdAt: copy.createdAt },
      }),
    );
    return { ok: true };
  } catch (error) {
    console.error('the copy is deleted, but recording it failed', error);
    return { ok: false, reason: isQuotaError(error) ? 'backup.error.storage' : 'backup.error.failed' };
  }
}
