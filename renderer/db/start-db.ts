import { Dexie } from 'dexie';
import { forgetDeleted, planStart, protectedNames, type PointerState } from '@shared/backup/db-pointer';
import { activeDbName, clearLegacyMarkers, setActiveDbName } from './active-db';
import { getDb } from './db';
import { pointerDbName, readPointer, updatePointer } from './pointer-db';

/** How long one database's deletion is awaited: a connection still open elsewhere would block it indefinitely. */
const deleteWaitMs = 10_000;

export interface PointerAtStart {
  /** The database this start opens. */
  active: string;
  /** Databases deleted at this start (staging copies, retired copies). */
  deleted: string[];
  /** The live database was missing and the copy kept for undo took its place. */
  fellBack: boolean;
  /** False when the pointer database could not be read: the last known name is used and nothing is deleted. */
  durable: boolean;
}

/** Resolves true when the database is gone, false when the delete failed or is still blocked. */
export function deleteWithin(name: string, ms = deleteWaitMs): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    Dexie.delete(name).then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      (error: unknown) => {
        clearTimeout(timer);
        console.warn(`the database ${name} could not be deleted`, error);
        resolve(false);
      },
    );
  });
}

/**
 * At start, before the app's database opens: reads the durable pointer (taking over an older
 * version's localStorage pointer), then deletes what the pointer proves unneeded — staging copies of
 * restores cut short, retired copies, a replaced copy that is confirmed or a week old (only once an
 * earlier start opened its successor). A name leaves the pointer only after its delete succeeded.
 */
export async function preparePointer(now = Date.now(), options: { deleteWaitMs?: number } = {}): Promise<PointerAtStart> {
  let stored: PointerState;
  try {
    stored = await readPointer(now);
  } catch (error) {
    console.error('the database pointer could not be read; opening the last known database and deleting nothing', error);
    const active = activeDbName();
    setActiveDbName(active);
    return { active, deleted: [], fellBack: false, durable: false };
  }
  clearLegacyMarkers();
  const plan = planStart(stored, new Set(await Dexie.getDatabaseNames()), now);
  let state = plan.state === stored ? stored : await updatePointer(() => plan.state, now);
  if (plan.fellBack) console.warn(`the live database ${stored.active} was missing; back to the copy ${state.active}`);
  const deleted: string[] = [];
  for (const name of plan.doomed) {
    // Defence in depth: the plan never names these, and neither may a bug in it.
    if (protectedNames(state).has(name) || name === pointerDbName) continue;
    if (!(await deleteWithin(name, options.deleteWaitMs))) continue;
    deleted.push(name);
    state = await updatePointer((s) => forgetDeleted(s, name), now);
  }
  setActiveDbName(state.active);
  return { active: state.active, deleted, fellBack: plan.fellBack, durable: true };
}

/**
 * Opens the live database and reads from it, then records that this start used it: from the next
 * start on, the copy it replaced may be deleted (once confirmed or a week old).
 */
export async function openLiveDb(): Promise<void> {
  const db = getDb();
  await db.open();
  await db.staff.count();
  const name = db.name;
  await updatePointer((s) => (s.active === name && !s.activeOpened ? { ...s, activeOpened: true } : s)).catch((error: unknown) => {
    // Not fatal: the replaced copy is then simply kept one start longer.
    console.warn('could not record that the live database opened', error);
  });
}
