import { useState } from 'react';
import type { Issue } from '@shared/validation';
import { ValidationError } from '@shared/validation';
import { useActor } from '../../auth';
import { errorText } from '../../auth/error-text';
import { getDb } from '../../db/db';
import { createStaff, resetStaffPin, unlockStaff, updateStaff } from '../../db/staff-repo';
import { useT } from '../../i18n/context';
import { toInput, type StaffFormValues } from './staff-form';

export interface SaveState {
  busy: boolean;
  /** A refusal the repository tied to a field (a duplicate name, the last supervisor's role). */
  issues: Issue[];
  /** Anything else that went wrong, in words. */
  error: string | null;
}

const idle: SaveState = { busy: false, issues: [], error: null };

/** Runs one staff write as the signed-in supervisor; a refusal becomes the form's messages. */
function useStaffWrite<A extends unknown[]>(write: (...args: A) => Promise<unknown>) {
  const t = useT();
  const [state, setState] = useState<SaveState>(idle);
  const run = async (...args: A): Promise<boolean> => {
    setState({ ...idle, busy: true });
    try {
      await write(...args);
      setState(idle);
      return true;
    } catch (e) {
      if (e instanceof ValidationError) setState({ ...idle, issues: e.issues });
      else setState({ ...idle, error: errorText(t, e) });
      return false;
    }
  };
  return { ...state, run };
}

/** Creates the account (with its first PIN) or updates name, roles and active of account `id`. */
export function useSaveStaff(id: number | undefined) {
  const actor = useActor();
  return useStaffWrite(async (values: StaffFormValues, pin: string) => {
    if (id === undefined) await createStaff(getDb(), actor, toInput(values), pin);
    else await updateStaff(getDb(), actor, id, toInput(values));
  });
}

export function useResetPin(id: number) {
  const actor = useActor();
  return useStaffWrite((pin: string) => resetStaffPin(getDb(), actor, id, pin));
}

/** Lifts another person's lockout (a supervisor's, too: one supervisor unlocks another). */
export function useUnlockStaff() {
  const actor = useActor();
  return useStaffWrite((id: number) => unlockStaff(getDb(), actor, id));
}
