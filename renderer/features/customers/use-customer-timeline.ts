import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import { customerTimeline, type TimelineEntry } from '../../db/customers-repo';

/** Everything linked to the customer, newest first, live (a call logged meanwhile shows at once). */
export function useCustomerTimeline(customerId: number): TimelineEntry[] | undefined {
  return useLiveQuery(() => customerTimeline(getDb(), customerId), [customerId]);
}
