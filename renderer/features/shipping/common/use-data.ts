import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import type { Carrier } from '@shared/shipping/carriers';
import { listCarriers } from '../../../db/carriers-repo';
import { getCustomer } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { productMap } from '../../../db/products-repo';
import type { StoredProduct } from '../../../db/stock-rows';

export type { StoredProduct };

/** Every product by id, live: names on lists and waybills, and the pure checks' input. */
export function useProductMap(): Map<number, StoredProduct> | undefined {
  return useLiveQuery(() => productMap(getDb()), []);
}

/** The editable carrier list (the defaults until someone saves it), live. */
export function useCarriers(activeOnly = false): Carrier[] | undefined {
  return useLiveQuery(() => listCarriers(getDb(), { activeOnly }), [activeOnly]);
}

export function useCustomer(id: number | null | undefined): Customer | undefined {
  return useLiveQuery(() => (id == null ? undefined : getCustomer(getDb(), id)), [id]);
}
