import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DaySettlementResult, SettledDay } from '@shared/stock/settlement';
import { defaultSettlementTime } from '@shared/stock/settlement-time';
import { getDb } from '../../../db/db';
import { getSetting } from '../../../db/settings-repo';
import { daySummary, getSettlement, overdueDays, settledDays, settlementTimeKey } from '../../../db/settlement-repo';
import type { DayState } from '../../../db/stock-rows';

/** The clock, ticking each minute: 18:00 opens the day's settlement without a reload. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** WH-1: the settlement time (setting 'settlementTime', 18:00 by default). */
export function useSettlementTime(): string {
  return useLiveQuery(() => getSetting(getDb(), settlementTimeKey, defaultSettlementTime), []) ?? defaultSettlementTime;
}

/** Every settled (or reopened) day, newest first, live. */
export function useDayStates(): DayState[] | undefined {
  return useLiveQuery(() => settledDays(getDb()), []);
}

/** WH-1: days with movements still unsettled by the next morning, oldest first, live. */
export function useOverdueDays(now: number): string[] | undefined {
  // Re-read when the hour changes, not every minute: overdue days change at 08:00.
  const hour = Math.floor(now / 3_600_000);
  return useLiveQuery(() => overdueDays(getDb(), Date.now()), [hour]);
}

export interface DayReport {
  result: DaySettlementResult;
  /** The saved report when the day is locked (settled and not reopened). */
  settled?: SettledDay & { id: number };
}

/** A locked day shows the report as it was settled; any other day the live comparison of ledger and paper. */
export function useDayReport(day: string, locked: boolean): DayReport | undefined {
  return useLiveQuery(async (): Promise<DayReport> => {
    if (locked) {
      const settled = await getSettlement(getDb(), day);
      if (settled) return { result: settled, settled };
    }
    return { result: await daySummary(getDb(), day) };
  }, [day, locked]);
}
