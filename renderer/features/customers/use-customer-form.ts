import { useCallback, useState } from 'react';
import { validateCustomer, type Customer } from '@shared/domain/customer';
import { ValidationError, type Issue } from '@shared/validation';
import { useActor } from '../../auth';
import { getDb } from '../../db/db';
import { createCustomer, updateCustomer } from '../../db/customers-repo';
import { useT } from '../../i18n/context';
import { issuesByPath } from '../../i18n/issue-text';
import { customerToForm, emptyCustomerForm, formToInput, issuesToFormRows, type CustomerFormValues } from './customer-form';

export interface CustomerForm {
  values: CustomerFormValues;
  errors: Record<string, string>;
  failure: string | null;
  saving: boolean;
  setField: (field: 'name' | 'address' | 'notes', value: string) => void;
  setPhones: (phones: string[]) => void;
  /** Validates, saves and returns the customer id; undefined when something was refused. */
  save: () => Promise<number | undefined>;
}

/** The create/edit form's state. The same `validateCustomer` the repository runs is checked first. */
export function useCustomerForm(customer: Customer | undefined, initialPhone: string | undefined): CustomerForm {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState(() => (customer ? customerToForm(customer) : emptyCustomerForm(initialPhone)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const setField = useCallback((field: 'name' | 'address' | 'notes', value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  }, []);

  const setPhones = useCallback((phones: string[]) => {
    setValues((v) => ({ ...v, phones }));
    // Rows may have shifted, so phone errors no longer point anywhere; the name's error stays.
    setErrors((e): Record<string, string> => (e.name === undefined ? {} : { name: e.name }));
  }, []);

  const save = useCallback(async () => {
    const { input, phoneRows } = formToInput(values);
    const refuse = (issues: Issue[]) => setErrors(issuesByPath(t, issuesToFormRows(issues, phoneRows)));
    const issues = validateCustomer(input);
    if (issues.length > 0) return void refuse(issues);
    setSaving(true);
    setFailure(null);
    try {
      if (customer?.id === undefined) return await createCustomer(getDb(), actor, input);
      await updateCustomer(getDb(), actor, customer.id, input);
      return customer.id;
    } catch (e) {
      if (e instanceof ValidationError) refuse(e.issues);
      else setFailure(t('error.unexpected', { message: e instanceof Error ? e.message : String(e) }));
      return undefined;
    } finally {
      setSaving(false);
    }
  }, [values, customer, t, actor]);

  return { values, errors, failure, saving, setField, setPhones, save };
}
