import type { Customer } from '../domain/customer';
import { normalizePhone, phoneIssue } from '../domain/customer';
import { pinyinSearchKeys } from '../pinyin/keys';
import { issue } from '../stock/messages';
import type { Issue } from '../validation';

/**
 * The customer fields of issue 4, as an extension of `Customer` (shared/domain/customer.ts):
 * `Customer & CustomerProfile` is the full record. `Customer.phones` stays the list of normalized
 * phones (so the existing phone index keeps working) and `primaryPhone` names one of them; the
 * single free-text `Customer.address` of version 1 becomes the default entry of `addresses`
 * (see `defaultCustomerProfile`).
 */
export const customerTypes = ['ordinary', 'member', 'store'] as const;
/** 普通客户 / 会员 / 店铺. */
export type CustomerType = (typeof customerTypes)[number];

/** 分级服务管理. */
export const customerGrades = ['A', 'B', 'C', 'D'] as const;
export type CustomerGrade = (typeof customerGrades)[number];

export interface CustomerAddress {
  province: string;
  city: string;
  district: string;
  detail: string;
  isDefault: boolean;
}

export interface CustomerProfile {
  type: CustomerType;
  /** 会员编号, required for members. */
  memberNo?: string;
  /** 店铺编号, required for stores. */
  storeNo?: string;
  /** One of `Customer.phones` (normalized); present whenever there is a phone. */
  primaryPhone?: string;
  /** Exactly one is the default when there are any. */
  addresses: CustomerAddress[];
  grade?: CustomerGrade;
  /** 重点客户. */
  isKey: boolean;
  source?: string;
}

export type ProfileInput = CustomerProfile & Pick<Customer, 'phones'>;

const numberPattern = /^[A-Za-z0-9-]{1,32}$/;
export const sourceMaxLength = 50;

function numberIssues(p: CustomerProfile): Issue[] {
  const issues: Issue[] = [];
  if (!customerTypes.includes(p.type)) issues.push(issue('type', 'crm.error.typeRequired'));
  const memberNo = p.memberNo?.trim() ?? '';
  const storeNo = p.storeNo?.trim() ?? '';
  if (p.type === 'member' && memberNo === '') issues.push(issue('memberNo', 'crm.error.memberNoRequired'));
  if (p.type === 'store' && storeNo === '') issues.push(issue('storeNo', 'crm.error.storeNoRequired'));
  if (memberNo !== '' && !numberPattern.test(memberNo)) issues.push(issue('memberNo', 'crm.error.badNumber'));
  if (storeNo !== '' && !numberPattern.test(storeNo)) issues.push(issue('storeNo', 'crm.error.badNumber'));
  return issues;
}

function phoneIssues(p: ProfileInput): Issue[] {
  const issues: Issue[] = [];
  const normalized = p.phones.map(normalizePhone);
  normalized.forEach((ph, i) => {
    // The phone as typed is checked: normalizing first would hide a letter in it.
    const bad = phoneIssue(p.phones[i] ?? '', `phones.${i}`, 'crm.error.badPhone');
    if (bad) issues.push(bad);
    else if (normalized.indexOf(ph) !== i) issues.push(issue(`phones.${i}`, 'crm.error.duplicatePhone'));
  });
  const primary = p.primaryPhone === undefined ? undefined : normalizePhone(p.primaryPhone);
  if (normalized.length > 0 && (primary === undefined || !normalized.includes(primary))) {
    issues.push(issue('primaryPhone', 'crm.error.primaryPhoneRequired'));
  }
  return issues;
}

function addressIssues(addresses: CustomerAddress[]): Issue[] {
  const issues: Issue[] = [];
  addresses.forEach((a, i) => {
    if (a.detail.trim() === '') issues.push(issue(`addresses.${i}.detail`, 'crm.error.addressDetailRequired'));
  });
  if (addresses.length > 0 && addresses.filter((a) => a.isDefault).length !== 1) {
    issues.push(issue('addresses', 'crm.error.oneDefaultAddress'));
  }
  return issues;
}

/** The issue-4 fields; `validateCustomer` still checks name and phones' format for the base record. */
export function validateCustomerProfile(p: ProfileInput): Issue[] {
  const issues = [...numberIssues(p), ...phoneIssues(p), ...addressIssues(p.addresses)];
  if (p.grade !== undefined && !customerGrades.includes(p.grade)) issues.push(issue('grade', 'crm.error.badGrade'));
  if ((p.source?.trim().length ?? 0) > sourceMaxLength) issues.push(issue('source', 'crm.error.sourceTooLong'));
  return issues;
}

function withDefault(addresses: CustomerAddress[]): CustomerAddress[] {
  const trimmed = addresses.map((a) => ({
    province: a.province.trim(), city: a.city.trim(), district: a.district.trim(), detail: a.detail.trim(), isDefault: a.isDefault,
  }));
  if (trimmed.length === 0 || trimmed.some((a) => a.isDefault)) return trimmed;
  return trimmed.map((a, i) => ({ ...a, isDefault: i === 0 }));
}

/**
 * The stored form: phones normalized and de-duplicated with the primary first (the primary defaults
 * to the first phone), the first address default when none is, numbers upper-cased, blanks dropped.
 */
export function normalizeProfileInput(p: ProfileInput): ProfileInput {
  const phones = [...new Set(p.phones.map(normalizePhone).filter((x) => x !== ''))];
  const wanted = p.primaryPhone === undefined ? undefined : normalizePhone(p.primaryPhone);
  const primary = wanted !== undefined && phones.includes(wanted) ? wanted : phones[0];
  const ordered = primary === undefined ? phones : [primary, ...phones.filter((x) => x !== primary)];
  const memberNo = p.memberNo?.trim().toUpperCase();
  const storeNo = p.storeNo?.trim().toUpperCase();
  const source = p.source?.trim();
  return {
    type: p.type,
    phones: ordered,
    addresses: withDefault(p.addresses),
    isKey: p.isKey,
    ...(primary !== undefined ? { primaryPhone: primary } : {}),
    ...(memberNo ? { memberNo } : {}),
    ...(storeNo ? { storeNo } : {}),
    ...(p.grade ? { grade: p.grade } : {}),
    ...(source ? { source } : {}),
  };
}

/** The profile a version-1 customer gets on upgrade: ordinary, its phone primary, its address the default. */
export function defaultCustomerProfile(legacy: Pick<Customer, 'phones' | 'address'>): CustomerProfile {
  const detail = legacy.address?.trim() ?? '';
  const primary = legacy.phones[0];
  return {
    type: 'ordinary',
    isKey: false,
    addresses: detail ? [{ province: '', city: '', district: '', detail, isDefault: true }] : [],
    ...(primary !== undefined ? { primaryPhone: primary } : {}),
  };
}

export function defaultAddress(p: Pick<CustomerProfile, 'addresses'>): CustomerAddress | undefined {
  return p.addresses.find((a) => a.isDefault) ?? p.addresses[0];
}

/** One line for labels and lists; a municipality's city is not repeated (北京市北京市 → 北京市). */
export function formatAddress(a: Omit<CustomerAddress, 'isDefault'>): string {
  const city = a.city === a.province ? '' : a.city;
  return [a.province, city, a.district, a.detail].map((s) => s.trim()).join('');
}

/** The keys issue 4 adds to `customerSearchKeys`: name pinyin (full, initials) and member/store numbers. */
export function profileSearchKeys(c: { name: string } & Pick<CustomerProfile, 'memberNo' | 'storeNo'>): string[] {
  const numbers = [c.memberNo, c.storeNo].map((n) => n?.trim().toLowerCase() ?? '').filter((n) => n !== '');
  return [...new Set([...pinyinSearchKeys(c.name), ...numbers])];
}
