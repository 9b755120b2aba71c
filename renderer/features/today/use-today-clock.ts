import { useEffect, useState } from 'react';
import { toIsoDate } from '@shared/domain/local-date';
import type { TodayContext } from '../../db/today-repo';

const minuteMs = 60_000;

function context(now: number): TodayContext {
  return { now, today: toIsoDate(now) };
}

/**
 * The board's clock, ticking on each minute: enough for 18:00 (WH-1), "more than a day" (backup) and
 * midnight (a new day's queues) to turn on their own while the board stays open.
 */
export function useTodayClock(): TodayContext {
  const [ctx, setCtx] = useState(() => context(Date.now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const now = Date.now();
      timer = setTimeout(() => {
        setCtx(context(Date.now()));
        schedule();
      }, minuteMs - (now % minuteMs) + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return ctx;
}
