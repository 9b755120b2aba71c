import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isBackupOverdue } from '@shared/backup/schedule';
import { lastBackupInfo } from '../db/backup/backup';
import { getDb } from '../db/db';

export interface LastBackup {
  /** Epoch ms of the last backup, or null when there never was one. */
  at: number | null;
  /** Where it went (a path in Electron, the file name of a download). */
  file: string | null;
  /** More than a day ago, or never: Settings and the header warn. */
  overdue: boolean;
}

/** The clock, ticking once a minute: enough for "more than a day ago" to turn true on its own. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The last backup (settings 'lastBackupAt', 'lastBackupFile'), live; undefined while reading. */
export function useLastBackup(): LastBackup | undefined {
  const now = useMinuteClock();
  const stored = useLiveQuery(() => lastBackupInfo(getDb()), []);
  return stored && { ...stored, overdue: isBackupOverdue(stored.at, now) };
}
