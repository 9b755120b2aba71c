import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DateRange } from '@shared/records/periods';
import { useStaffList } from '../../auth';
import { getCustomersByIds } from '../../db/customers-repo';
import { getDb } from '../../db/db';
import { productMap } from '../../db/products-repo';
import { reviewWeekRecords } from '../../db/review-pack-repo';
import { useLang } from '../../i18n/context';
import { customerIdsOf, weekRows, type QueueRow } from './queue-rows';

/**
 * REV-1: the records of one review week, live: exactly what that week's printed pack holds (the same
 * repository read), reviewed and pending, names resolved. Undefined while loading or without a week.
 */
export function useReviewWeek(week: DateRange | null): QueueRow[] | undefined {
  const [lang] = useLang();
  // Read with the time it was read at, so "overdue" is decided outside the render (as the queue's is in its read).
  const read = useLiveQuery(async () => (week ? { records: await reviewWeekRecords(getDb(), week), at: Date.now() } : undefined), [week?.from, week?.to]);
  const records = read?.records;
  const ids = records ? customerIdsOf(records.map((r) => ({ record: r }))).join(',') : '';
  const customers = useLiveQuery(() => getCustomersByIds(getDb(), ids ? ids.split(',').map(Number) : []), [ids]);
  const products = useLiveQuery(() => productMap(getDb()), []);
  const staff = useStaffList(false);
  return useMemo(() => {
    if (!read || !customers || !products || !staff) return undefined;
    return weekRows(read.records, { customers, products, staff: new Map(staff.map((s) => [s.id, s.name])) }, lang, read.at);
  }, [read, customers, products, staff, lang]);
}
