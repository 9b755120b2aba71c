import { localDayStart } from '../domain/local-date';
import { addDays, addYears } from '../records/periods';

/**
 * REC-1 on the board: a one-year record created before local 00:00 of this day is past its year
 * (`dueForRemoval` of shared/records), so the card is one index count below it.
 */
export function oneYearRemovalCutoff(today: string): number {
  return localDayStart(addDays(addYears(today, -1), 1));
}
