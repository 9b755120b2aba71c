import { useLiveQuery } from 'dexie-react-hooks';
import type { CallLog } from '@shared/domain/call-log';
import type { Customer } from '@shared/domain/customer';
import { getDb } from '../../db/db';
import { listCallLogs } from '../../db/call-logs-repo';
import { getCustomersByIds } from '../../db/customers-repo';
import { dayRangeToMs, validateDateRange } from '@shared/domain/local-date';
import type { DayRange } from './date-range';

export interface CallsInRange {
  /** Ascending by time, as the register prints them. */
  calls: CallLog[];
  customersById: Map<number, Customer>;
}

const none: CallsInRange = { calls: [], customersById: new Map() };

/** The calls of a day range with their customers, live; undefined while the first read runs. */
export function useCallLogs(range: DayRange): CallsInRange | undefined {
  const { from, to } = range;
  return useLiveQuery(async () => {
    if (validateDateRange(from, to).length > 0) return none;
    const { fromMs, toMsExclusive } = dayRangeToMs(from, to);
    const db = getDb();
    const calls = await listCallLogs(db, fromMs, toMsExclusive);
    const ids = calls.flatMap((c) => (c.customerId === undefined ? [] : [c.customerId]));
    return { calls, customersById: await getCustomersByIds(db, ids) };
  }, [from, to]);
}
