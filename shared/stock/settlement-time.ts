import type { Approval } from '../auth/approval';
import { isIsoDate, localDayStart, toIsoDate } from '../domain/local-date';
import type { Issue } from '../validation';
import { isApprovalRecorded } from './approvals';
import { issue } from './messages';

/** WH-1: the day is settled from 18:00 (a setting, key 'settlementTime'). */
export const defaultSettlementTime = '18:00';
/** A day with movements still unsettled at 08:00 the next morning is overdue. */
export const defaultOverdueAt = '08:00';

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(s: string): boolean {
  return clockPattern.test(s);
}

function minutesOf(time: string): number {
  const m = clockPattern.exec(time);
  if (!m) throw new RangeError(`not a time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Local wall-clock `time` on `day`, in epoch ms (built from fields, so a DST day is handled). */
export function localDateTime(day: string, time: string): number {
  const start = new Date(localDayStart(day));
  const mins = minutesOf(time);
  return new Date(start.getFullYear(), start.getMonth(), start.getDate(), Math.floor(mins / 60), mins % 60).getTime();
}

function nextDay(day: string): string {
  const d = new Date(localDayStart(day));
  return toIsoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime());
}

/** WH-1: true from the settlement time (default 18:00, local) until midnight of the current day. */
export function isSettlementOpen(now: number, time: string = defaultSettlementTime): boolean {
  return now >= localDateTime(toIsoDate(now), time);
}

/** A past day can always be settled (late is better than never); today only once the settlement time has come. */
export function canSettleDay(day: string, now: number, time: string = defaultSettlementTime): boolean {
  const today = toIsoDate(now);
  return day < today || (day === today && isSettlementOpen(now, time));
}

/** WH-1: a settled day is locked unless the supervisor has reopened it. */
export function isDayLocked(day: string, settledDays: ReadonlySet<string>, reopenedDays: ReadonlySet<string> = new Set()): boolean {
  return settledDays.has(day) && !reopenedDays.has(day);
}

/** WH-1: refuses a movement dated into a settled (and not reopened) day. */
export function checkMovementDate(day: string, settledDays: ReadonlySet<string>, reopenedDays?: ReadonlySet<string>): Issue[] {
  if (!isIsoDate(day)) return [issue('day', 'stock.error.badDay')];
  return isDayLocked(day, settledDays, reopenedDays) ? [issue('day', 'stock.settlement.dayLocked')] : [];
}

/**
 * WH-1: days that had movements and are still unsettled at `overdueAt` (08:00) the next morning,
 * oldest first.
 */
export function overdueUnsettledDays(
  now: number,
  settledDays: ReadonlySet<string>,
  daysWithMovements: Iterable<string>,
  overdueAt: string = defaultOverdueAt,
): string[] {
  const overdue = new Set<string>();
  for (const day of daysWithMovements) {
    if (settledDays.has(day) || !isIsoDate(day)) continue;
    if (now >= localDateTime(nextDay(day), overdueAt)) overdue.add(day);
  }
  return [...overdue].sort();
}

/** The supervisor reopening a settled day (audited); the day locks again when it is settled again. */
export interface DayReopen {
  id?: number;
  day: string;
  at: number;
  reason: string;
  approval: Approval;
}

export function validateReopen(r: DayReopen, settledDays: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  if (!settledDays.has(r.day)) issues.push(issue('day', 'stock.settlement.notSettled'));
  if (r.reason.trim() === '') issues.push(issue('reason', 'stock.settlement.reopenReasonRequired'));
  if (!isApprovalRecorded(r.approval)) issues.push(issue('approval', 'stock.settlement.reopenNeedsApproval'));
  return issues;
}
