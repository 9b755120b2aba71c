/**
 * Version 10 (the center's day across modules):
 * - partsReleases (SVC-3): the parts a service report used, waiting for the warehouse keeper to confirm
 *   their release (出库). [status]: the waiting ones on the keeper's Today board; reportId: a report's release.
 * - callLogs gains a createdAt index (REV-1): the weekly review takes a week's calls by when they were
 *   entered, the same rule as the review queue, so a call logged late still reaches a review pack.
 * Both are index changes only (a new table, a new index on a field every call already has): no upgrade step.
 */
import type { EntityTable } from 'dexie';
import type { PartsRelease } from '@shared/service/parts-release';

export const storesV10 = {
  // Version 1's call indexes, plus createdAt.
  callLogs: '++id, at, [customerId+at], phone, followUpDate, createdAt',
  partsReleases: '++id, status, reportId, createdAt',
} as const;

export type StoredPartsRelease = PartsRelease & { id: number };

declare module './db' {
  interface AppDB {
    partsReleases: EntityTable<PartsRelease, 'id'>;
  }
}
