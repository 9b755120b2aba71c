import dayjs from 'dayjs';
import { toIsoDate } from '@shared/domain/local-date';

/** An inclusive range of local calendar days, as 'YYYY-MM-DD' (see shared/domain/local-date). */
export interface DayRange {
  from: string;
  to: string;
}

export const dayFormat = 'YYYY-MM-DD';

/** The list opens on the current month: the register and the export are usually monthly. */
export function thisMonth(now: number): DayRange {
  const d = dayjs(now);
  return { from: toIsoDate(d.startOf('month').valueOf()), to: toIsoDate(d.endOf('month').valueOf()) };
}
