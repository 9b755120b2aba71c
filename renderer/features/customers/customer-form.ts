import type { Customer, CustomerInput } from '@shared/domain/customer';
import type { Issue } from '@shared/validation';

/** What the customer dialog edits: plain strings, one per phone row (blank rows allowed while typing). */
export interface CustomerFormValues {
  name: string;
  phones: string[];
  address: string;
  notes: string;
}

export function emptyCustomerForm(initialPhone = ''): CustomerFormValues {
  return { name: '', phones: [initialPhone], address: '', notes: '' };
}

export function customerToForm(c: Customer): CustomerFormValues {
  return {
    name: c.name,
    phones: c.phones.length > 0 ? [...c.phones] : [''],
    address: c.address ?? '',
    notes: c.notes ?? '',
  };
}

export interface FormInput {
  input: CustomerInput;
  /** For each phone in `input.phones`, its row in the form (blank rows are dropped). */
  phoneRows: number[];
}

/** Trims, drops blank phone rows and turns empty optional texts into "absent". */
export function formToInput(v: CustomerFormValues): FormInput {
  const phones: string[] = [];
  const phoneRows: number[] = [];
  v.phones.forEach((p, row) => {
    const phone = p.trim();
    if (!phone) return;
    phones.push(phone);
    phoneRows.push(row);
  });
  const address = v.address.trim();
  const notes = v.notes.trim();
  return {
    input: { name: v.name.trim(), phones, address: address || undefined, notes: notes || undefined },
    phoneRows,
  };
}

/** Points `phones.<i>` issues (indices into the saved list) back at the form row the clerk typed in. */
export function issuesToFormRows(issues: readonly Issue[], phoneRows: readonly number[]): Issue[] {
  return issues.map((issue) => {
    const m = /^phones\.(\d+)$/.exec(issue.path);
    const row = m ? phoneRows[Number(m[1])] : undefined;
    return row === undefined ? issue : { ...issue, path: `phones.${row}` };
  });
}
