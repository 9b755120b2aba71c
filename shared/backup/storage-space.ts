import type { StringKey } from '../i18n';

/** Below this much free space on the data disk, the header and 首页 warn (issue: storage running out unnoticed). */
export const lowSpaceBytes = 1024 ** 3;

export type StorageWarning = { kind: 'failed' } | { kind: 'low'; freeBytes: number } | null;

/**
 * What to warn about: a write that already failed for lack of space comes first (it is certain),
 * then free space under 1 GB; nothing while the free space is unknown and no write failed.
 */
export function storageWarning(freeBytes: number | null, quotaFailedAt: number | null): StorageWarning {
  if (quotaFailedAt !== null) return { kind: 'failed' };
  if (freeBytes !== null && freeBytes < lowSpaceBytes) return { kind: 'low', freeBytes };
  return null;
}

/** A size as people read it: "0.8 GB" from 100 MB up, else "35 MB". */
export function sizeText(bytes: number): { key: Extract<StringKey, 'storage.size.gb' | 'storage.size.mb'>; n: string } {
  const mb = bytes / 1024 ** 2;
  if (mb >= 100) return { key: 'storage.size.gb', n: (bytes / 1024 ** 3).toFixed(1) };
  return { key: 'storage.size.mb', n: String(Math.max(0, Math.floor(mb))) };
}
