import type { Issue } from '../validation';
import type { VoidMark } from '../auth/approval';

export const voidReasonMaxLength = 500;

/** REC-1: a permanent record is voided with a reason, never deleted. */
export function validateVoidReason(reason: string): Issue[] {
  const r = reason.trim();
  if (!r) return [{ path: 'reason', message: 'void.error.reasonRequired' }];
  if (r.length > voidReasonMaxLength) return [{ path: 'reason', message: 'void.error.reasonTooLong' }];
  return [];
}

export function isVoided(record: { voided?: VoidMark }): boolean {
  return record.voided !== undefined;
}

/** The records that count: voided records stay visible but are left out of counts and totals. */
export function withoutVoided<T extends { voided?: VoidMark }>(records: readonly T[]): T[] {
  return records.filter((r) => !isVoided(r));
}
