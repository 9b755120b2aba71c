import { useCallback, useState } from 'react';
import { validateCallLog } from '@shared/domain/call-log';
import { ValidationError, type Issue } from '@shared/validation';
import { useActor } from '../../auth';
import { errorText } from '../../auth/error-text';
import { getDb } from '../../db/db';
import { createCallLog } from '../../db/call-logs-repo';
import { useT } from '../../i18n/context';
import { issuesByPath } from '../../i18n/issue-text';
import { formToCallInput, newCallForm, type CallFormValues } from './call-form';

export interface CallForm {
  values: CallFormValues;
  errors: Record<string, string>;
  failure: string | null;
  saving: boolean;
  set: <K extends keyof CallFormValues>(field: K, value: CallFormValues[K]) => void;
  /** Validates and saves; the new id, or undefined when refused (nothing is written then). */
  save: (customerId: number | undefined) => Promise<number | undefined>;
}

export function useCallForm(): CallForm {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState(() => newCallForm(Date.now()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = useCallback(<K extends keyof CallFormValues>(field: K, value: CallFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  }, []);

  const save = useCallback(
    async (customerId: number | undefined) => {
      const input = formToCallInput(values, customerId);
      const refuse = (issues: Issue[]) => setErrors(issuesByPath(t, issues));
      const issues = validateCallLog(input);
      if (issues.length > 0) return void refuse(issues);
      setSaving(true);
      setFailure(null);
      try {
        return await createCallLog(getDb(), actor, input);
      } catch (e) {
        if (e instanceof ValidationError) refuse(e.issues);
        else setFailure(errorText(t, e));
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [values, t, actor],
  );

  return { values, errors, failure, saving, set, save };
}
