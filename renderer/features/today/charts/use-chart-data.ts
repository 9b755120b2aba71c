import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../../db/db';
import { callsPerDay, outstandingWeekly, serviceByCategory, shipmentsPerDay, stockAlertsWeekly } from '../../../db/today-charts-repo';

export type ChartData = ReturnType<typeof useChartData>;

/** Resolves to undefined without reading while `on` is false. */
function when<T>(on: boolean, read: () => Promise<T>): Promise<T | undefined> {
  return on ? read() : Promise.resolve(undefined);
}

/**
 * The charts' data, live: a new call or shipment moves its bar while the board is open. Read once
 * `on` (the cards are in: they come first), from the screen, while the charts' code is arriving.
 */
export function useChartData(today: string, on: boolean) {
  const calls = useLiveQuery(() => when(on, () => callsPerDay(getDb(), today)), [today, on]);
  const shipments = useLiveQuery(() => when(on, () => shipmentsPerDay(getDb(), today)), [today, on]);
  const categories = useLiveQuery(() => when(on, () => serviceByCategory(getDb(), today)), [today, on]);
  const outstanding = useLiveQuery(() => when(on, () => outstandingWeekly(getDb(), today)), [today, on]);
  const alerts = useLiveQuery(() => when(on, () => stockAlertsWeekly(getDb(), today)), [today, on]);
  return { calls, shipments, categories, outstanding, alerts };
}
