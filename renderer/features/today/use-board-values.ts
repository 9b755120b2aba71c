import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardItemId } from '@shared/today/board-items';
import { getDb } from '../../db/db';
import { itemQueries, type TodayContext } from '../../db/today-repo';
import type { LoadedValue } from './item-view';

export type BoardValues = Partial<Record<BoardItemId, LoadedValue>>;

/**
 * Every visible card's value in one live query: the cards appear together, and the board re-reads
 * whenever a record it counts changes (a chase recorded, a day settled …) and on each minute of the
 * clock. A failing query shows on its own card, not the whole board. Undefined while reading.
 */
export function useBoardValues(ids: readonly BoardItemId[], ctx: TodayContext): BoardValues | undefined {
  const key = ids.join(',');
  return useLiveQuery(async () => {
    const db = getDb();
    const entries = await Promise.all(
      ids.map(async (id): Promise<[BoardItemId, LoadedValue] | null> => {
        const query = itemQueries[id];
        if (!query) return null;
        try {
          return [id, await query(db, ctx)];
        } catch (error) {
          return [id, { kind: 'error', message: error instanceof Error ? error.message : String(error) }];
        }
      }),
    );
    return Object.fromEntries(entries.filter((e) => e !== null)) satisfies BoardValues;
    // `ids` is keyed by its joined text: a new array of the same items does not re-read.
  }, [key, ctx.now, ctx.today]);
}
