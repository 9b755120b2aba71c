import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { useStaffList } from '../../../auth';
import { getCustomersByIds } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { productMap } from '../../../db/products-repo';
import type { StoredProduct } from '../../../db/stock-rows';

/** The customers a list refers to, by id, live. */
export function useCustomersByIds(ids: readonly (number | undefined)[]): Map<number, Customer> | undefined {
  const key = [...new Set(ids.filter((id): id is number => id !== undefined))].sort((a, b) => a - b).join(',');
  return useLiveQuery(() => getCustomersByIds(getDb(), key === '' ? [] : key.split(',').map(Number)), [key]);
}

/** Every product by id, live. */
export function useProducts(): Map<number, StoredProduct> | undefined {
  return useLiveQuery(() => productMap(getDb()), []);
}

/** Every staff member's name by id (inactive ones too: old records keep their names). */
export function useStaffNames(): Map<number, string> {
  const staff = useStaffList(false);
  return useMemo(() => new Map((staff ?? []).map((s) => [s.id, s.name])), [staff]);
}

export const namesOf = (ids: readonly number[], names: ReadonlyMap<number, string>, separator: string) =>
  ids.map((id) => names.get(id) ?? `#${id}`).join(separator);
