import type { Issue } from '../validation';

/**
 * Calendar dates ('YYYY-MM-DD') in the PC's local time zone: the clerk's "November" is local
 * midnight to local midnight, whatever the offset.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const m = isoDatePattern.exec(iso);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const p = parts(value);
  if (!p) return false;
  const [y, m, d] = p;
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** Local midnight at the start of the day, in epoch ms. Throws on a malformed date. */
export function localDayStart(iso: string): number {
  const p = parts(iso);
  if (!p || !isIsoDate(iso)) throw new RangeError(`not a date: ${iso}`);
  return new Date(p[0], p[1] - 1, p[2]).getTime();
}

/** The local date of an instant, as YYYY-MM-DD. */
export function toIsoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A local date as a Date at local midnight (for Excel date cells). */
export function isoDateToLocalDate(iso: string): Date {
  return new Date(localDayStart(iso));
}

export function validateDateRange(from: string, to: string): Issue[] {
  const issues: Issue[] = [];
  if (!isIsoDate(from)) issues.push({ path: 'from', message: 'range.error.badDate' });
  if (!isIsoDate(to)) issues.push({ path: 'to', message: 'range.error.badDate' });
  if (issues.length === 0 && from > to) issues.push({ path: 'to', message: 'range.error.order' });
  return issues;
}

/** An inclusive day range as [local 00:00 of `from`, local 00:00 of the day after `to`). */
export function dayRangeToMs(from: string, to: string): { fromMs: number; toMsExclusive: number } {
  const toStart = new Date(localDayStart(to));
  // The next local midnight, not +24 h: a DST day is 23 or 25 hours long.
  const toMsExclusive = new Date(toStart.getFullYear(), toStart.getMonth(), toStart.getDate() + 1).getTime();
  return { fromMs: localDayStart(from), toMsExclusive };
}
