import { useLiveQuery } from 'dexie-react-hooks';
import type { ReorderRow } from '@shared/stock/safety';
import { getDb } from '../../../db/db';
import { listStockLevels, lowStock, type StockLevel } from '../../../db/stock-repo';

/** The stock report, live: every product with its quantity on hand. */
export function useStockLevels(): StockLevel[] | undefined {
  return useLiveQuery(() => listStockLevels(getDb()), []);
}

/** IN-1: the products at or below their safety level now, live (the banner and the reorder list). */
export function useReorderList(): ReorderRow[] | undefined {
  return useLiveQuery(() => lowStock(getDb()), []);
}
