import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../../db/db';
import { getProduct, productMap, searchProducts } from '../../../db/products-repo';
import type { StoredProduct } from '../../../db/stock-rows';

export type { StoredProduct };

/** Products matching what is typed (code, name, pinyin), live; undefined while loading. */
export function useProductSearch(query: string, limit = 30): StoredProduct[] | undefined {
  return useLiveQuery(() => searchProducts(getDb(), query, limit), [query, limit]);
}

/** One product, live (undefined when none is chosen or while loading). */
export function useProduct(id: number | null): StoredProduct | undefined {
  return useLiveQuery(() => (id === null ? undefined : getProduct(getDb(), id)), [id]);
}

/** Every product by id, live: names, specs and the pure checks' input. */
export function useProductMap(): Map<number, StoredProduct> | undefined {
  return useLiveQuery(() => productMap(getDb()), []);
}
