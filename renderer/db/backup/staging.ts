import { Dexie } from 'dexie';
import { activeDbName, defaultDbName, setActiveDbName } from '../active-db';
import { AppDB } from '../db';

/**
 * The staging database of a restore. Its name is written down before the import starts, so a
 * restore cut short by a crash or power cut leaves a marker, and the next start removes the
 * half-imported database (`cleanUpInterruptedRestore`) instead of leaving it on disk forever.
 */
const markerKey = 'shouhou-center.restoring';
/** The database a restore replaced, deleted at the next start once the new pointer has been read back. */
const retiredKey = 'shouhou-center.retired';
/** How long the old database's deletion is awaited: another open connection would block it indefinitely. */
const deleteWaitMs = 10_000;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function newStagingName(now: number): string {
  return `${defaultDbName}-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function startStaging(name: string): void {
  storage()?.setItem(markerKey, name);
}

/** The staged data opened with the app's schema: Dexie runs the upgrades of an older backup here. */
export async function openStaged(name: string): Promise<AppDB> {
  const db = new AppDB(name);
  await db.open();
  return db;
}

function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        console.warn('the old database could not be deleted after a restore', error);
        resolve();
      },
    );
  });
}

/**
 * Makes the staged database the live one: the pointer switches first and the old database is closed
 * for good (no auto-reopen would recreate it empty). The old database is deleted only at the next start
 * (`cleanUpInterruptedRestore`): localStorage is flushed lazily, so after a power cut right here the
 * pointer may still name the old database, which must then still be there.
 */
export async function switchTo(stagingName: string, live: Dexie): Promise<void> {
  setActiveDbName(stagingName);
  if (live.name !== stagingName) storage()?.setItem(retiredKey, live.name);
  storage()?.removeItem(markerKey);
  live.close({ disableAutoOpen: true });
}

/** After a restore: a staging database that did not become the live one is deleted. */
export async function finishStaging(name: string, switched: boolean): Promise<void> {
  if (switched) return;
  try {
    await Dexie.delete(name);
  } finally {
    if (storage()?.getItem(markerKey) === name) storage()?.removeItem(markerKey);
  }
}

/**
 * At start, before the database opens: removes the staging database of a restore that was cut short,
 * and the database a finished restore replaced (never the live one).
 */
export async function cleanUpInterruptedRestore(): Promise<string | null> {
  const retired = storage()?.getItem(retiredKey) ?? null;
  if (retired) {
    if (retired !== activeDbName()) await settleWithin(Dexie.delete(retired), deleteWaitMs);
    storage()?.removeItem(retiredKey);
  }
  const name = storage()?.getItem(markerKey) ?? null;
  if (!name || name === activeDbName()) {
    if (name) storage()?.removeItem(markerKey);
    return null;
  }
  await Dexie.delete(name);
  storage()?.removeItem(markerKey);
  return name;
}
