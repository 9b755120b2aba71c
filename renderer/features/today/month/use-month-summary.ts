import { useLiveQuery } from 'dexie-react-hooks';
import type { DateRange } from '@shared/records/periods';
import { getDb } from '../../../db/db';
import { loadMonthSummary } from '../../../db/today-month-repo';

/**
 * The month's summary, live (a slip saved today changes this month's numbers); read only when
 * `active` (the section has come into view) and again when a record it reads changes or the day turns.
 */
export function useMonthSummary(month: DateRange, today: string, active: boolean) {
  return useLiveQuery(() => (active ? loadMonthSummary(getDb(), month, Date.now()) : Promise.resolve(undefined)), [month.from, month.to, today, active]);
}
