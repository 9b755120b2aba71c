import { useCallback, useState } from 'react';
import type { Notice } from '../../../components/notice';
import { errorText } from '../../../auth/error-text';
import { useT } from '../../../i18n/context';

export interface StepRunner {
  busy: boolean;
  /** The last refusal, in words (the rule's message, e.g. OUT-4 …). */
  error: string | null;
  clearError: () => void;
  /** Runs a step; its result text becomes a success notice (null: nothing done, e.g. a dialog was cancelled). */
  run: (work: () => Promise<string | null>) => Promise<boolean>;
}

/** `errorsAsNotice`: refusals go to the notice bar (rows of a list have no room for a message). */
export function useStepRunner(onNotice: (n: Notice) => void, errorsAsNotice = false): StepRunner {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<string | null>) => {
      setBusy(true);
      setError(null);
      try {
        const done = await work();
        if (done) onNotice({ severity: 'success', text: done });
        return done !== null;
      } catch (e) {
        if (errorsAsNotice) onNotice({ severity: 'error', text: errorText(t, e) });
        else setError(errorText(t, e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onNotice, t, errorsAsNotice],
  );
  return { busy, error, clearError: () => setError(null), run };
}
