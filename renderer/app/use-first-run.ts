import { useCallback, useEffect, useState } from 'react';
import { getDb } from '../db/db';
import { countCallLogs } from '../db/call-logs-repo';
import { countCustomers } from '../db/customers-repo';
import { loadDemoData } from '../db/demo-data';
import { getSetting, setSetting } from '../db/settings-repo';
import { useActor, useCan } from '../auth';
import { errorText } from '../auth/error-text';
import { useT } from '../i18n/context';

export interface FirstRun {
  isOpen: boolean;
  error: string | null;
  busy: boolean;
  loadDemo: () => Promise<void>;
  startEmpty: () => Promise<void>;
}

/** Offers the choice only on a fresh install: 'firstRunDone' unset and no customers or calls yet. */
async function needsFirstRun(): Promise<boolean> {
  const db = getDb();
  if (await getSetting(db, 'firstRunDone', false)) return false;
  const [customers, calls] = await Promise.all([countCustomers(db), countCallLogs(db)]);
  return customers === 0 && calls === 0;
}

/**
 * Runs inside the signed-in session: the demo data (which adds staff accounts) is loaded by, and
 * audited to, the supervisor, so only who may manage staff is asked.
 */
export function useFirstRun(): FirstRun {
  const actor = useActor();
  const t = useT();
  const mayChoose = useCan('staff.manage');
  const [isOpen, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!mayChoose) return undefined;
    let live = true;
    needsFirstRun().then(
      (needed) => live && setOpen(needed),
      (e: unknown) => live && setError(errorText(t, e)),
    );
    return () => {
      live = false;
    };
  }, [mayChoose, t]);

  const finish = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await setSetting(getDb(), 'firstRunDone', true);
      setOpen(false);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }, [t]);

  const loadDemo = useCallback(() => finish(() => loadDemoData(getDb(), actor, Date.now())), [finish, actor]);
  const startEmpty = useCallback(() => finish(async () => undefined), [finish]);
  return { isOpen, error, busy, loadDemo, startEmpty };
}
