import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { getCustomersByIds } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';

/** The customers a list refers to, by id, live (names for the list's customer column). */
export function useCustomersByIds(ids: readonly number[]): Map<number, Customer> | undefined {
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',');
  return useLiveQuery(() => getCustomersByIds(getDb(), key === '' ? [] : key.split(',').map(Number)), [key]);
}
