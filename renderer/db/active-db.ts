/**
 * Which IndexedDB database holds the live data. A restore imports into a fresh database and then
 * switches this pointer in one step, so a restore that fails at any point leaves the live data as it was.
 */
export const defaultDbName = 'shouhou-center';
const pointerKey = 'shouhou-center.activeDb';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function activeDbName(): string {
  return storage()?.getItem(pointerKey) || defaultDbName;
}

export function setActiveDbName(name: string): void {
  const s = storage();
  if (!s) throw new Error('localStorage is not available: the restored database cannot be activated');
  s.setItem(pointerKey, name);
}
