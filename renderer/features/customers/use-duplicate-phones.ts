import { useLiveQuery } from 'dexie-react-hooks';
import { isPlausiblePhone, type Customer } from '@shared/domain/customer';
import { getDb } from '../../db/db';
import { findCustomersByPhones } from '../../db/customers-repo';

/**
 * The other customers already on file with one of these phones (the duplicate warning), live as the
 * clerk types; only complete phones are looked up. Empty while reading or when none.
 */
export function useDuplicatePhones(phones: readonly string[], excludeId: number | undefined): Customer[] {
  const complete = phones.filter(isPlausiblePhone);
  const key = complete.join(',');
  const found = useLiveQuery(
    () => (key === '' ? [] : findCustomersByPhones(getDb(), key.split(','), excludeId)),
    [key, excludeId],
  );
  return found ?? [];
}
