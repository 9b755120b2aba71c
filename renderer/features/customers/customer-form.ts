import type { Customer, CustomerInput } from '@shared/domain/customer';
import { validateCustomer } from '@shared/domain/customer';
import {
  validateCustomerProfile,
  type CustomerAddress,
  type CustomerGrade,
  type CustomerType,
} from '@shared/crm/customer-profile';
import type { Issue } from '@shared/validation';

export type AddressRow = Omit<CustomerAddress, 'isDefault'>;

/**
 * What the customer dialog edits: plain strings, one per phone and address row (blank rows allowed
 * while typing). The primary phone and the default address are rows, so they follow edits of the text.
 */
export interface CustomerFormValues {
  name: string;
  type: CustomerType;
  memberNo: string;
  storeNo: string;
  phones: string[];
  primaryRow: number;
  addresses: AddressRow[];
  defaultRow: number;
  grade: CustomerGrade | '';
  isKey: boolean;
  source: string;
  notes: string;
}

export const emptyAddressRow = (): AddressRow => ({ province: '', city: '', district: '', detail: '' });

export function emptyCustomerForm(initialPhone = ''): CustomerFormValues {
  return {
    name: '', type: 'ordinary', memberNo: '', storeNo: '', phones: [initialPhone], primaryRow: 0,
    addresses: [emptyAddressRow()], defaultRow: 0, grade: '', isKey: false, source: '', notes: '',
  };
}

export function customerToForm(c: Customer): CustomerFormValues {
  const primaryRow = c.primaryPhone === undefined ? 0 : Math.max(0, c.phones.indexOf(c.primaryPhone));
  const defaultRow = Math.max(0, c.addresses.findIndex((a) => a.isDefault));
  return {
    name: c.name,
    type: c.type,
    memberNo: c.memberNo ?? '',
    storeNo: c.storeNo ?? '',
    phones: c.phones.length > 0 ? [...c.phones] : [''],
    primaryRow,
    addresses: c.addresses.length > 0 ? c.addresses.map(({ isDefault: _d, ...a }) => ({ ...a })) : [emptyAddressRow()],
    defaultRow,
    grade: c.grade ?? '',
    isKey: c.isKey,
    source: c.source ?? '',
    notes: c.notes ?? '',
  };
}

export interface FormInput {
  input: CustomerInput;
  /** For each phone in `input.phones`, its row in the form (blank rows are dropped). */
  phoneRows: number[];
  /** For each address in `input.addresses`, its row in the form. */
  addressRows: number[];
}

const isBlankAddress = (a: AddressRow) => [a.province, a.city, a.district, a.detail].every((s) => s.trim() === '');

function keptPhones(v: CustomerFormValues): { phones: string[]; phoneRows: number[] } {
  const phones: string[] = [];
  const phoneRows: number[] = [];
  v.phones.forEach((p, row) => {
    const phone = p.trim();
    if (!phone) return;
    phones.push(phone);
    phoneRows.push(row);
  });
  return { phones, phoneRows };
}

function keptAddresses(v: CustomerFormValues): { addresses: CustomerAddress[]; addressRows: number[] } {
  const addressRows = v.addresses.flatMap((a, row) => (isBlankAddress(a) ? [] : [row]));
  // A default row left blank gives way to the first address actually filled in.
  const defaultRow = addressRows.includes(v.defaultRow) ? v.defaultRow : addressRows[0];
  const addresses = addressRows.map((row) => {
    const a = v.addresses[row] ?? emptyAddressRow();
    return { province: a.province.trim(), city: a.city.trim(), district: a.district.trim(), detail: a.detail.trim(), isDefault: row === defaultRow };
  });
  return { addresses, addressRows };
}

/**
 * Trims, drops blank phone and address rows, keeps only the number the type uses (a member's
 * 会员编号, a store's 店铺编号) and turns empty optional texts into "absent".
 */
export function formToInput(v: CustomerFormValues): FormInput {
  const { phones, phoneRows } = keptPhones(v);
  const { addresses, addressRows } = keptAddresses(v);
  const primaryAt = phoneRows.indexOf(v.primaryRow);
  const primaryPhone = phones[primaryAt] ?? phones[0];
  const memberNo = v.type === 'member' ? v.memberNo.trim() : '';
  const storeNo = v.type === 'store' ? v.storeNo.trim() : '';
  const source = v.source.trim();
  const notes = v.notes.trim();
  const input: CustomerInput = {
    name: v.name.trim(),
    phones,
    addresses,
    type: v.type,
    isKey: v.isKey,
    notes: notes || undefined,
    ...(primaryPhone !== undefined ? { primaryPhone } : {}),
    ...(memberNo ? { memberNo } : {}),
    ...(storeNo ? { storeNo } : {}),
    ...(v.grade ? { grade: v.grade } : {}),
    ...(source ? { source } : {}),
  };
  return { input, phoneRows, addressRows };
}

/**
 * The same checks the repository runs (validateCustomer), plus the profile's own on the phones as
 * typed, so a phone entered twice is pointed at; one message per field.
 */
export function validateForm({ input }: FormInput): Issue[] {
  const profile = { ...input, type: input.type ?? 'ordinary', isKey: input.isKey ?? false, addresses: input.addresses ?? [] };
  const issues = [...validateCustomer(input), ...validateCustomerProfile(profile)];
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path) && seen.add(i.path));
}

/** Points `phones.<i>` and `addresses.<i>.…` issues (indices into the saved lists) back at the form row. */
export function issuesToFormRows(issues: readonly Issue[], phoneRows: readonly number[], addressRows: readonly number[] = []): Issue[] {
  return issues.map((issue) => {
    const phone = /^phones\.(\d+)$/.exec(issue.path);
    if (phone) {
      const row = phoneRows[Number(phone[1])];
      return row === undefined ? issue : { ...issue, path: `phones.${row}` };
    }
    const address = /^addresses\.(\d+)\.(\w+)$/.exec(issue.path);
    const row = address ? addressRows[Number(address[1])] : undefined;
    return row === undefined || !address ? issue : { ...issue, path: `addresses.${row}.${address[2]}` };
  });
}

/** The phones worth looking up for the "already on file" warning: typed in full, as the rows hold them. */
export function lookupPhones(v: CustomerFormValues): string[] {
  return keptPhones(v).phones;
}

/** Removes a row from a list and keeps a chosen row (primary phone, default address) on the same entry. */
export function removeRow<T>(rows: readonly T[], chosen: number, removed: number): { rows: T[]; chosen: number } {
  const next = rows.filter((_, i) => i !== removed);
  const moved = chosen > removed ? chosen - 1 : chosen === removed ? 0 : chosen;
  return { rows: next, chosen: Math.min(moved, Math.max(0, next.length - 1)) };
}
