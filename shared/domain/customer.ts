import type { Issue } from '../validation';

export interface Customer {
  id?: number;
  name: string;
  phones: string[];
  address?: string;
  notes?: string;
  /** Lower-cased name, phones and (later) pinyin keys, computed at write time for prefix search. */
  searchKeys: string[];
  createdAt: number;
  updatedAt: number;
}

export type CustomerInput = Pick<Customer, 'name' | 'phones' | 'address' | 'notes'>;

/** Digits only, so that "138-0013-8000" and "13800138000" are the same phone. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[^\d]/g, '');
}

export function isPlausiblePhone(phone: string): boolean {
  const p = normalizePhone(phone);
  // Mobile (11 digits starting 1), or a landline with area code (7–12 digits).
  return /^1\d{10}$/.test(p) || /^0\d{9,11}$/.test(p) || /^\d{7,8}$/.test(p);
}

export function validateCustomer(input: CustomerInput): Issue[] {
  const issues: Issue[] = [];
  if (!input.name.trim()) issues.push({ path: 'name', message: 'customer.error.nameRequired' });
  input.phones.forEach((p, i) => {
    if (!isPlausiblePhone(p)) issues.push({ path: `phones.${i}`, message: 'customer.error.badPhone' });
  });
  return issues;
}

/** The keys the customer search matches by prefix: name and each phone. */
export function customerSearchKeys(c: Pick<Customer, 'name' | 'phones'>): string[] {
  const keys = new Set<string>();
  const name = c.name.trim().toLowerCase();
  if (name) keys.add(name);
  for (const p of c.phones) {
    const n = normalizePhone(p);
    if (n) keys.add(n);
  }
  return [...keys];
}
