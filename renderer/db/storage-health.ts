/**
 * How the data disk is doing, for the warnings on the header and on 首页: the free space last measured
 * (the platform's answer) and when a write last failed because the disk was full. Kept in memory for
 * this window: a full disk cannot be relied on to store its own warning.
 */
export interface StorageHealth {
  /** Free bytes on the disk holding the data, or null while unknown. */
  freeBytes: number | null;
  /** When a write last failed for lack of space (epoch ms), or null. */
  quotaFailedAt: number | null;
}

let health: StorageHealth = { freeBytes: null, quotaFailedAt: null };
const listeners = new Set<() => void>();

function set(next: StorageHealth): void {
  health = next;
  for (const listener of listeners) listener();
}

export function getStorageHealth(): StorageHealth {
  return health;
}

export function subscribeStorageHealth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A write failed because the disk is full: the warnings show from now on. */
export function reportQuotaFailure(now = Date.now()): void {
  set({ ...health, quotaFailedAt: now });
}

export function setFreeBytes(freeBytes: number | null): void {
  if (freeBytes !== health.freeBytes) set({ ...health, freeBytes });
}

/** Tests: back to unknown. */
export function resetStorageHealth(): void {
  set({ freeBytes: null, quotaFailedAt: null });
}
