import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import { getSetting } from '../../db/settings-repo';

export type PersistedAnswer = 'granted' | 'denied' | 'unknown';

/** The browser's answer to the start-up persistence request (settings 'persisted'). */
export function usePersisted(): PersistedAnswer | undefined {
  const value = useLiveQuery(() => getSetting<boolean | null>(getDb(), 'persisted', null), []);
  if (value === undefined) return undefined;
  if (value === true) return 'granted';
  return value === false ? 'denied' : 'unknown';
}
