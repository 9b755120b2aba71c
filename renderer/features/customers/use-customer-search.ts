import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { getDb } from '../../db/db';
import { getCustomer, searchCustomers } from '../../db/customers-repo';

/**
 * Customers matching the query by prefix of name, phone, pinyin (full or initials) or member/store
 * number, live; undefined while the first read runs.
 */
export function useCustomerSearch(query: string, limit = 200): Customer[] | undefined {
  const q = query.trim();
  return useLiveQuery(() => searchCustomers(getDb(), q, limit), [q, limit]);
}

/** One customer, live (the card follows edits); null when not found, undefined while reading. */
export function useCustomer(id: number | undefined): Customer | null | undefined {
  return useLiveQuery(async () => (id === undefined ? null : ((await getCustomer(getDb(), id)) ?? null)), [id]);
}
