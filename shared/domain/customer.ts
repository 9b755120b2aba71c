import type { Issue } from '../validation';

export interface Customer {
  id?: number;
  name: string;
  /** Normalized phones (digits only, see normalizePhone). */
  phones: string[];
  address?: string;
  notes?: string;
  /** Lower-cased name, phones and (later) pinyin keys, computed at write time for prefix search. */
  searchKeys: string[];
  createdAt: number;
  updatedAt: number;
}

export type CustomerInput = Pick<Customer, 'name' | 'phones' | 'address' | 'notes'>;

export const customerNameMaxLength = 100;

/**
 * Digits only, so that "138-0013-8000" and "13800138000" are the same phone. A +86/0086 country
 * code is dropped: a mobile keeps its 11 digits, a landline gets back its trunk 0 ("+86 10 …" → "010…").
 */
export function normalizePhone(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  const international = trimmed.startsWith('+86') || digits.startsWith('0086');
  if (!international) return digits;
  const national = digits.replace(/^(?:0086|86)/, '');
  return /^1\d{10}$/.test(national) || national.startsWith('0') ? national : `0${national}`;
}

export function isPlausiblePhone(phone: string): boolean {
  const p = normalizePhone(phone);
  // Mobile (11 digits starting 1), or a landline with area code (7–12 digits).
  return /^1\d{10}$/.test(p) || /^0\d{9,11}$/.test(p) || /^\d{7,8}$/.test(p);
}

export function validateCustomer(input: CustomerInput): Issue[] {
  const issues: Issue[] = [];
  const name = input.name.trim();
  if (!name) issues.push({ path: 'name', message: 'customer.error.nameRequired' });
  else if (name.length > customerNameMaxLength) issues.push({ path: 'name', message: 'customer.error.nameTooLong' });
  input.phones.forEach((p, i) => {
    if (!isPlausiblePhone(p)) issues.push({ path: `phones.${i}`, message: 'customer.error.badPhone' });
  });
  return issues;
}

/** The stored form of an input: trimmed text, phones normalized and de-duplicated, blank optionals dropped. */
export function normalizeCustomerInput(input: CustomerInput): CustomerInput {
  const phones = [...new Set(input.phones.map(normalizePhone).filter((p) => p !== ''))];
  const address = input.address?.trim();
  const notes = input.notes?.trim();
  return {
    name: input.name.trim(),
    phones,
    ...(address ? { address } : {}),
    ...(notes ? { notes } : {}),
  };
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

/**
 * The index key a search box query is matched against: a phone-like query ("138-0013") by its
 * digits, anything else lower-cased. Empty means "no filter".
 */
export function customerSearchPrefix(query: string): string {
  const q = query.trim().toLowerCase();
  if (/^[\d\s()+-]+$/.test(q) && /\d/.test(q)) return q.replace(/\D/g, '');
  return q;
}
