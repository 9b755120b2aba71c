import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import { getSetting, setSetting } from '../../db/settings-repo';
import { idleLockKey } from './idle-lock';

/** The stored idle-lock minutes (10 until a supervisor changes it) and its setter; undefined while reading. */
export function useIdleLockSetting(defaultMinutes: number): [number | undefined, (minutes: number) => Promise<void>] {
  const minutes = useLiveQuery(() => getSetting<number>(getDb(), idleLockKey, defaultMinutes), [defaultMinutes]);
  const save = useCallback((m: number) => setSetting(getDb(), idleLockKey, m), []);
  return [minutes, save];
}
