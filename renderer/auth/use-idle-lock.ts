import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/db';
import { getSetting } from '../db/settings-repo';
import { defaultIdleLockMinutes, idleLockMs, watchIdle } from './idle-watch';

/** While someone is signed in, locks after settings 'idleLockMinutes' (default 10) without key or mouse. */
export function useIdleLock(signedIn: boolean, lock: () => void): void {
  const minutes = useLiveQuery(() => getSetting<unknown>(getDb(), 'idleLockMinutes', defaultIdleLockMinutes), []);
  const timeoutMs = idleLockMs(minutes);
  useEffect(() => {
    if (!signedIn) return undefined;
    return watchIdle({ target: window, timeoutMs, onIdle: lock });
  }, [signedIn, timeoutMs, lock]);
}
