import { useLiveQuery } from 'dexie-react-hooks';
import type { Scrap } from '@shared/stock/scrap';
import { getDb } from '../../../db/db';
import { listFaultyStock, listScraps, type FaultyLevel } from '../../../db/faulty-stock-repo';

/** The products holding faulty stock (不良品) now, live. */
export function useFaultyStock(): FaultyLevel[] | undefined {
  return useLiveQuery(() => listFaultyStock(getDb()), []);
}

/** The scraps, newest first, live. */
export function useScraps(): (Scrap & { id: number })[] | undefined {
  return useLiveQuery(() => listScraps(getDb()), []);
}
