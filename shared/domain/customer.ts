import type { Issue } from '../validation';
import type { CustomerAddress, CustomerProfile } from '../crm/customer-profile';
import {
  defaultAddress,
  formatAddress,
  normalizeProfileInput,
  profileSearchKeys,
  validateCustomerProfile,
} from '../crm/customer-profile';

/**
 * A customer. Since issue 4 the record carries its profile (shared/crm/customer-profile.ts): type,
 * member/store number, primary phone, addresses, grade, key-customer flag, source. `address` is kept
 * as the default address on one line (lists, print, the call register), derived at write time.
 */
export interface Customer extends CustomerProfile {
  id?: number;
  name: string;
  /** Normalized phones (digits only, see normalizePhone), the primary one first. */
  phones: string[];
  /** The default address on one line; derived from `addresses` on every write. */
  address?: string;
  notes?: string;
  /** Lower-cased name, phones, name pinyin (full and initials) and member/store numbers, for prefix search. */
  searchKeys: string[];
  createdAt: number;
  updatedAt: number;
  /** The staff member who created the record. */
  createdById?: number;
}

/**
 * What a form or the import hands in. The profile fields are optional so the issue-2 forms keep
 * working: no `type` is an ordinary customer, and with no `addresses` a one-line `address` becomes
 * the default address.
 */
export type CustomerInput = Pick<Customer, 'name' | 'phones' | 'address' | 'notes'> & Partial<CustomerProfile>;

/** The stored fields of a customer, before id, keys and timestamps are added. */
export type CustomerFields = Omit<Customer, 'id' | 'searchKeys' | 'createdAt' | 'updatedAt' | 'createdById'>;

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

/**
 * What a phone field may hold as typed: digits, with spaces, dashes or brackets round the area code
 * between them and an optional leading + (a country code). A letter or any other sign is refused at
 * the field, never dropped: the stored number must be the one the clerk saw.
 */
const phoneTextPattern = /^\+?[\d\s()-]+$/;

/** Why a typed phone is not a phone: a character that does not belong in one, or the wrong number of digits. */
export type PhoneProblem = 'chars' | 'shape';

/** The one phone rule for every place a phone is entered (call log, customer, shipping list, service request, import). */
export function phoneProblem(raw: string): PhoneProblem | null {
  const text = raw.trim();
  if (!phoneTextPattern.test(text)) return 'chars';
  const p = normalizePhone(text);
  // Mobile (11 digits starting 1), or a landline with area code (7–12 digits).
  return /^1\d{10}$/.test(p) || /^0\d{9,11}$/.test(p) || /^\d{7,8}$/.test(p) ? null : 'shape';
}

export function isPlausiblePhone(phone: string): boolean {
  return phoneProblem(phone) === null;
}

/** The message every form shows for a phone with a letter or other sign in it. */
export const phoneCharsMessage = 'phone.error.chars';

/**
 * A typed phone's issue at `path`, or null: a wrong character gets the shared message, a wrong length
 * the form's own (`shapeMessage`, which says what a phone looks like there).
 */
export function phoneIssue(raw: string, path: string, shapeMessage: string): Issue | null {
  const problem = phoneProblem(raw);
  if (problem === null) return null;
  return { path, message: problem === 'chars' ? phoneCharsMessage : shapeMessage };
}

/** The addresses an input stands for: its own list, else its one-line address as the default entry. */
function inputAddresses(input: CustomerInput): CustomerAddress[] {
  if (input.addresses !== undefined) return input.addresses;
  const detail = input.address?.trim() ?? '';
  return detail ? [{ province: '', city: '', district: '', detail, isDefault: true }] : [];
}

/** The full profile of an input, defaults filled in (phones de-duplicated the way the record stores them). */
function profileOf(input: CustomerInput): CustomerProfile & { phones: string[] } {
  const phones = [...new Set(input.phones.map(normalizePhone).filter((p) => p !== ''))];
  const primary = input.primaryPhone ?? phones[0];
  return {
    type: input.type ?? 'ordinary',
    phones,
    addresses: inputAddresses(input),
    isKey: input.isKey ?? false,
    ...(primary !== undefined ? { primaryPhone: primary } : {}),
    ...(input.memberNo !== undefined ? { memberNo: input.memberNo } : {}),
    ...(input.storeNo !== undefined ? { storeNo: input.storeNo } : {}),
    ...(input.grade !== undefined ? { grade: input.grade } : {}),
    ...(input.source !== undefined ? { source: input.source } : {}),
  };
}

/** Name and phones, then the profile (type numbers, primary phone, addresses, grade); one message per field. */
export function validateCustomer(input: CustomerInput): Issue[] {
  const issues: Issue[] = [];
  const name = input.name.trim();
  if (!name) issues.push({ path: 'name', message: 'customer.error.nameRequired' });
  else if (name.length > customerNameMaxLength) issues.push({ path: 'name', message: 'customer.error.nameTooLong' });
  input.phones.forEach((p, i) => {
    const bad = phoneIssue(p, `phones.${i}`, 'customer.error.badPhone');
    if (bad) issues.push(bad);
  });
  // A bad phone is already reported above; the profile's phone checks would only repeat it.
  if (issues.some((i) => i.path.startsWith('phones.'))) return issues;
  const seen = new Set(issues.map((i) => i.path));
  return [...issues, ...validateCustomerProfile(profileOf(input)).filter((i) => !seen.has(i.path))];
}

/**
 * The stored form of an input: trimmed text, phones normalized and de-duplicated with the primary
 * first, the profile normalized (shared/crm), `address` derived from the default address, blank
 * optionals dropped.
 */
export function normalizeCustomerInput(input: CustomerInput): CustomerFields {
  const profile = normalizeProfileInput(profileOf(input));
  const main = defaultAddress(profile);
  const address = main ? formatAddress(main) : '';
  const notes = input.notes?.trim();
  return {
    name: input.name.trim(),
    ...profile,
    ...(address ? { address } : {}),
    ...(notes ? { notes } : {}),
  };
}

/**
 * The keys the customer search matches by prefix: the lower-cased name, each phone, the name's
 * pinyin (full, initials: 张三 → 'zhangsan', 'zs') and the member/store numbers.
 */
export function customerSearchKeys(c: Pick<Customer, 'name' | 'phones'> & Partial<Pick<Customer, 'memberNo' | 'storeNo'>>): string[] {
  const keys = new Set<string>();
  const name = c.name.trim().toLowerCase();
  if (name) keys.add(name);
  for (const p of c.phones) {
    const n = normalizePhone(p);
    if (n) keys.add(n);
  }
  for (const k of profileSearchKeys(c)) keys.add(k);
  return [...keys];
}

/**
 * The index key a search box query is matched against: a phone-like query ("138-0013") by its
 * digits, anything else lower-cased (names, pinyin, member/store numbers). Empty means "no filter".
 */
export function customerSearchPrefix(query: string): string {
  const q = query.trim().toLowerCase();
  if (/^[\d\s()+-]+$/.test(q) && /\d/.test(q)) return q.replace(/\D/g, '');
  return q;
}
