import type { CallLog } from '../domain/call-log';
import { addDays } from '../records/periods';

/**
 * Calls with a follow-up date (跟进日期) today or overdue. A follow-up is done when a later call with
 * the same customer (or, for a caller not on file, the same phone) is logged: the clerk's return call
 * is itself a call-log entry. An overdue follow-up stays on the board for `followUpLookbackDays`;
 * older ones are left to the call log's own filters, so the board reads a bounded slice of the index.
 */
export const followUpLookbackDays = 30;

export type FollowUpCall = Pick<CallLog, 'at' | 'followUpDate' | 'voided' | 'customerId' | 'phone'>;

/** The inclusive `followUpDate` range the board reads: the lookback window up to today. */
export function followUpWindow(today: string, lookbackDays = followUpLookbackDays): { from: string; to: string } {
  return { from: addDays(today, -lookbackDays), to: today };
}

/** Due today or overdue (within the window), and not voided; whether it was already done is `closesFollowUp`'s. */
export function isFollowUpDue(call: FollowUpCall, today: string, lookbackDays = followUpLookbackDays): boolean {
  const date = call.followUpDate;
  if (date === undefined || call.voided) return false;
  const { from, to } = followUpWindow(today, lookbackDays);
  return from <= date && date <= to;
}

/** True when `later` is the follow-up of `original`: logged after it, not voided, same customer or same phone. */
export function closesFollowUp(original: FollowUpCall, later: FollowUpCall): boolean {
  if (later.at <= original.at || later.voided) return false;
  if (original.customerId !== undefined) return later.customerId === original.customerId;
  return original.phone !== '' && later.phone === original.phone;
}

/** Today or overdue: how the card splits its count. */
export function isFollowUpOverdue(call: Pick<CallLog, 'followUpDate'>, today: string): boolean {
  return call.followUpDate !== undefined && call.followUpDate < today;
}

/** The latest non-voided call per customer and per phone: what `closesFollowUp` asks, built once for many. */
export interface LatestContacts {
  byCustomer: Map<number, number>;
  byPhone: Map<string, number>;
}

export function latestContacts(calls: Iterable<FollowUpCall>): LatestContacts {
  const byCustomer = new Map<number, number>();
  const byPhone = new Map<string, number>();
  const keep = <K>(map: Map<K, number>, key: K, at: number) => {
    if ((map.get(key) ?? -Infinity) < at) map.set(key, at);
  };
  for (const c of calls) {
    if (c.voided) continue;
    if (c.customerId !== undefined) keep(byCustomer, c.customerId, c.at);
    if (c.phone !== '') keep(byPhone, c.phone, c.at);
  }
  return { byCustomer, byPhone };
}

/**
 * The follow-ups still open: due (see `isFollowUpDue`) and with no closing call among the calls
 * `latest` was built from (which must hold every call logged after the earliest candidate).
 */
export function openFollowUps<T extends FollowUpCall>(candidates: readonly T[], latest: LatestContacts, today: string): T[] {
  return candidates.filter((c) => {
    if (!isFollowUpDue(c, today)) return false;
    const last = c.customerId !== undefined ? latest.byCustomer.get(c.customerId) : c.phone !== '' ? latest.byPhone.get(c.phone) : undefined;
    return last === undefined || last <= c.at;
  });
}
