import { useLiveQuery } from 'dexie-react-hooks';
import type { CountSheetRow, StockTake } from '@shared/stock/stock-take';
import { getDb } from '../../../db/db';
import { countSheet, getStockTake, listStockTakes, stockTakeReview } from '../../../db/stock-take-repo';

type Saved<T> = T & { id: number };

export function useStockTakes(): Saved<StockTake>[] | undefined {
  return useLiveQuery(() => listStockTakes(getDb()), []);
}

export function useStockTake(id: number): Saved<StockTake> | undefined {
  return useLiveQuery(() => getStockTake(getDb(), id), [id]);
}

/** The count sheet's rows (location, code, name …), live. */
export function useCountSheet(id: number): CountSheetRow[] | undefined {
  return useLiveQuery(() => countSheet(getDb(), id), [id]);
}

/** WH-2: products that moved since the count began (to recount before posting), live. */
export function useBookChanged(id: number): number[] | undefined {
  return useLiveQuery(async () => (await stockTakeReview(getDb(), id)).bookChanged, [id]);
}
