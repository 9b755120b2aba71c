/**
 * Which IndexedDB database this window uses. The durable answer lives in the pointer database
 * (pointer-db.ts, read once at start by start-db.ts); this module holds it for the synchronous
 * `getDb()`. A restore imports into a fresh database and then switches the pointer in one step, so a
 * restore that fails at any point leaves the live data as it was.
 */
export const defaultDbName = 'shouhou-center';

/** Where versions before the pointer database kept the pointer, and their restore markers. */
const legacyKeys = { active: 'shouhou-center.activeDb', restoring: 'shouhou-center.restoring', retired: 'shouhou-center.retired' } as const;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let current: string | null = null;

/** The database this window opens: the pointer's, once the start has read it. */
export function activeDbName(): string {
  return current ?? storage()?.getItem(legacyKeys.active) ?? defaultDbName;
}

/**
 * Sets the database this window uses (the start, after reading the pointer; tests). The localStorage
 * copy is only a mirror for an older version of the app, should one be installed over this one.
 */
export function setActiveDbName(name: string): void {
  current = name;
  try {
    storage()?.setItem(legacyKeys.active, name);
  } catch {
    // A full disk may refuse the mirror; the pointer database is what counts.
  }
}

/** What an older version left in localStorage: its pointer and its restore markers. */
export function legacyPointer(): { active: string | null; restoring: string | null; retired: string | null } {
  const s = storage();
  return {
    active: s?.getItem(legacyKeys.active) || null,
    restoring: s?.getItem(legacyKeys.restoring) || null,
    retired: s?.getItem(legacyKeys.retired) || null,
  };
}

/** Once the pointer database holds the markers, the old copies go (an older version would act on them again). */
export function clearLegacyMarkers(): void {
  const s = storage();
  s?.removeItem(legacyKeys.restoring);
  s?.removeItem(legacyKeys.retired);
}

/** Tests: a new window, which has not read the pointer yet. */
export function forgetActiveDbName(): void {
  current = null;
}
