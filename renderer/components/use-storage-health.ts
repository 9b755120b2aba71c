import { useEffect, useSyncExternalStore } from 'react';
import { storageWarning, type StorageWarning } from '@shared/backup/storage-space';
import { getStorageHealth, setFreeBytes, subscribeStorageHealth } from '../db/storage-health';
import { getPlatform } from '../platform';

/** Often enough to notice a disk filling up during the day; the measurement itself is cheap. */
const pollMs = 5 * 60_000;

let users = 0;
let timer: ReturnType<typeof setInterval> | null = null;

function measure(): void {
  getPlatform()
    .freeDiskSpace()
    .then(setFreeBytes, (e: unknown) => console.warn('free disk space could not be measured', e));
}

/** One measurement loop for however many warnings are on screen. */
function startPolling(): () => void {
  users += 1;
  if (users === 1) {
    measure();
    timer = setInterval(measure, pollMs);
  }
  return () => {
    users -= 1;
    if (users === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The disk warning to show now (free space under 1 GB, or a write that failed for quota), live. */
export function useStorageWarning(): StorageWarning {
  useEffect(startPolling, []);
  const health = useSyncExternalStore(subscribeStorageHealth, getStorageHealth);
  return storageWarning(health.freeBytes, health.quotaFailedAt);
}
