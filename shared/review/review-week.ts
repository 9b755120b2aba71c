/**
 * REV-1: which records belong to a review week. One rule for the review screen's week and the printed
 * weekly pack: a record belongs to the week in which it was entered (its `createdAt`), the same time
 * the review queue counts its 7 days from. A call logged on Monday about last Friday is reviewed this
 * week, with the week's other new records: every record reaches exactly one week, and a week's pack,
 * once printed, never gains a record entered later into a past day.
 */
import { dayRangeToMs, toIsoDate } from '../domain/local-date';
import { weekOf, type DateRange } from '../records/periods';

/** The epoch-ms range [fromMs, toMsExclusive) of entry times that make up `week` (local days). */
export function reviewWeekRange(week: DateRange): { fromMs: number; toMsExclusive: number } {
  return dayRangeToMs(week.from, week.to);
}

/** REV-1: a record entered at `enteredAt` is reviewed in `week`. */
export function isInReviewWeek(enteredAt: number, week: DateRange): boolean {
  const { fromMs, toMsExclusive } = reviewWeekRange(week);
  return enteredAt >= fromMs && enteredAt < toMsExclusive;
}

/** REV-1: the review week (Monday to Sunday) a record entered at `enteredAt` belongs to. */
export function reviewWeekOf(enteredAt: number): DateRange {
  return weekOf(toIsoDate(enteredAt));
}
