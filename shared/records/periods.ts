import { isIsoDate, localDayStart, toIsoDate } from '../domain/local-date';

/** Local calendar periods ('YYYY-MM-DD', both ends inclusive): weeks start on Monday, as in China. */
export interface DateRange {
  from: string;
  to: string;
}

function localDate(iso: string): Date {
  return new Date(localDayStart(iso));
}

/** `iso` moved by whole calendar days (DST-safe: by date, not by 24 h steps). */
export function addDays(iso: string, days: number): string {
  const d = localDate(iso);
  return toIsoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime());
}

/** The same calendar date `years` later; 29 February becomes 1 March in a common year. */
export function addYears(iso: string, years: number): string {
  const d = localDate(iso);
  return toIsoDate(new Date(d.getFullYear() + years, d.getMonth(), d.getDate()).getTime());
}

/** Monday to Sunday of the week holding `iso`. */
export function weekOf(iso: string): DateRange {
  const d = localDate(iso);
  const sinceMonday = (d.getDay() + 6) % 7;
  const from = addDays(iso, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

/** The first to the last day of the month holding `iso`. */
export function monthOf(iso: string): DateRange {
  const d = localDate(iso);
  const first = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getTime();
  return { from: toIsoDate(first), to: toIsoDate(last) };
}

export function isDateRange(r: DateRange): boolean {
  return isIsoDate(r.from) && isIsoDate(r.to) && r.from <= r.to;
}

export function rangeContains(r: DateRange, iso: string): boolean {
  return r.from <= iso && iso <= r.to;
}
