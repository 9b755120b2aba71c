import { useCallback, useState } from 'react';
import { normalizePhone, type Customer } from '@shared/domain/customer';
import { ValidationError, type Issue } from '@shared/validation';
import { useActor } from '../../auth';
import { errorText } from '../../auth/error-text';
import { getDb } from '../../db/db';
import { createCustomer, updateCustomer } from '../../db/customers-repo';
import { useT } from '../../i18n/context';
import { issuesByPath } from '../../i18n/issue-text';
import {
  customerToForm,
  emptyCustomerForm,
  formToInput,
  issuesToFormRows,
  lookupPhones,
  validateForm,
  type CustomerFormValues,
} from './customer-form';
import { useDuplicatePhones } from './use-duplicate-phones';

type Field = keyof CustomerFormValues;

/** The error paths an edit of a field makes stale (rows may shift, so a list clears all its rows). */
const clears: Record<Field, readonly string[]> = {
  name: ['name'], type: ['type', 'memberNo', 'storeNo'], memberNo: ['memberNo'], storeNo: ['storeNo'],
  phones: ['phones', 'primaryPhone'], primaryRow: ['primaryPhone'], addresses: ['addresses'], defaultRow: ['addresses'],
  grade: ['grade'], isKey: [], source: ['source'], notes: ['notes'],
};

const isCleared = (path: string, field: Field) => clears[field].some((c) => path === c || path.startsWith(`${c}.`));

export interface CustomerForm {
  values: CustomerFormValues;
  errors: Record<string, string>;
  failure: string | null;
  saving: boolean;
  set: <K extends Field>(field: K, value: CustomerFormValues[K]) => void;
  /** Other customers that already have one of the phones being added. */
  duplicates: Customer[];
  /** Save was pressed while `duplicates` were on file: the clerk must open one or confirm. */
  duplicateAsked: boolean;
  /** Validates, saves and returns the customer id; undefined when refused or awaiting the duplicate choice. */
  save: (confirmDuplicate?: boolean) => Promise<number | undefined>;
}

/** The create/edit form's state. The same validators the repository runs are checked first. */
export function useCustomerForm(customer: Customer | undefined, initialPhone: string | undefined): CustomerForm {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState(() => (customer ? customerToForm(customer) : emptyCustomerForm(initialPhone)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [duplicateAsked, setDuplicateAsked] = useState(false);
  // Phones the customer already had are not news; only added ones are checked against the others.
  const added = lookupPhones(values).filter((p) => !customer?.phones.includes(normalizePhone(p)));
  const duplicates = useDuplicatePhones(added, customer?.id);

  const set = useCallback(<K extends Field>(field: K, value: CustomerFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !isCleared(path, field))));
    if (field === 'phones') setDuplicateAsked(false);
  }, []);

  const save = useCallback(async (confirmDuplicate = false) => {
    const formInput = formToInput(values);
    const refuse = (issues: readonly Issue[]) =>
      setErrors(issuesByPath(t, issuesToFormRows(issues, formInput.phoneRows, formInput.addressRows)));
    const issues = validateForm(formInput);
    if (issues.length > 0) return void refuse(issues);
    if (duplicates.length > 0 && !confirmDuplicate) return void setDuplicateAsked(true);
    setSaving(true);
    setFailure(null);
    try {
      if (customer?.id === undefined) return await createCustomer(getDb(), actor, formInput.input);
      await updateCustomer(getDb(), actor, customer.id, formInput.input);
      return customer.id;
    } catch (e) {
      if (e instanceof ValidationError) refuse(e.issues);
      else setFailure(errorText(t, e));
      return undefined;
    } finally {
      setSaving(false);
    }
  }, [values, customer, t, actor, duplicates.length]);

  return { values, errors, failure, saving, set, duplicates, duplicateAsked, save };
}
