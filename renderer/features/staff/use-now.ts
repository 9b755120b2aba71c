import { useEffect, useState } from 'react';

/** The clock, ticking every few seconds: a lockout that has run out drops off the list by itself. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
