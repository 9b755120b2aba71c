import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { getDb } from '../../db/db';
import { searchCustomers } from '../../db/customers-repo';

/** Customers matching the query by name or phone prefix, live; undefined while the first read runs. */
export function useCustomerSearch(query: string): Customer[] | undefined {
  const q = query.trim();
  return useLiveQuery(() => searchCustomers(getDb(), q), [q]);
}
