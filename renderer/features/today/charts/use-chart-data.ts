import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type AppDB } from '../../../db/db';
import { callsPerDay, outstandingWeekly, serviceByCategory, shipmentsPerDay, stockAlertsWeekly } from '../../../db/today-charts-repo';

async function readCharts(db: AppDB, today: string) {
  const [calls, shipments, categories, outstanding, alerts] = await Promise.all([
    callsPerDay(db, today),
    shipmentsPerDay(db, today),
    serviceByCategory(db, today),
    outstandingWeekly(db, today),
    stockAlertsWeekly(db, today),
  ]);
  return { calls, shipments, categories, outstanding, alerts };
}

export type ChartData = Awaited<ReturnType<typeof readCharts>>;

/**
 * The charts' data, live (a new call or shipment moves its bar while the board is open), read in one
 * query so the five charts are drawn once, together. Read once `on` (the cards come first).
 */
export function useChartData(today: string, on: boolean): ChartData | undefined {
  return useLiveQuery(() => (on ? readCharts(getDb(), today) : Promise.resolve(undefined)), [today, on]);
}
