import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { getCustomer, getCustomersByIds } from '../../db/customers-repo';
import { getDb } from '../../db/db';
import { getSlip, listSlips, type SavedSlip } from '../../db/slips-repo';

export type { SavedSlip };

/** The day's slips, newest first, live (voided ones stay, marked). */
export function useSlipsOfDay(day: string): SavedSlip[] | undefined {
  return useLiveQuery(() => listSlips(getDb(), { day }, 1000), [day]);
}

/** One slip, live; null when it does not exist. */
export function useSlip(id: number | null): SavedSlip | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await getSlip(getDb(), id)) ?? null)), [id]);
}

/** The customers a list refers to, by id, live. */
export function useCustomersByIds(ids: readonly number[]): Map<number, Customer> | undefined {
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',');
  return useLiveQuery(() => getCustomersByIds(getDb(), key === '' ? [] : key.split(',').map(Number)), [key]);
}

export function useCustomer(id: number | null): Customer | undefined {
  return useLiveQuery(() => (id === null ? undefined : getCustomer(getDb(), id)), [id]);
}
