import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../../db/db';
import { callbackQueue, chaseQueue, type ShipmentView } from '../../../db/shipments-repo';

export type { ShipmentView };

/** SHP-4 待催查 as of now, live (the clock moves on: re-read when the data changes or the tab opens). */
export function useChaseQueue(): { now: number; views: ShipmentView[] } | undefined {
  return useLiveQuery(async () => {
    const now = Date.now();
    return { now, views: await chaseQueue(getDb(), now) };
  }, []);
}

/** SHP-5 待回访, live. */
export function useCallbackQueue(): ShipmentView[] | undefined {
  return useLiveQuery(() => callbackQueue(getDb()), []);
}
