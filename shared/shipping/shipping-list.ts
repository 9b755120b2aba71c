import type { CustomerAddress } from '../crm/customer-profile';
import { defaultAddress, formatAddress } from '../crm/customer-profile';
import type { Customer } from '../domain/customer';
import { normalizePhone, phoneIssue } from '../domain/customer';
import { localDayStart } from '../domain/local-date';
import type { Product } from '../products/product';
import { quantityIssue } from '../stock/quantity';
import { issue } from '../slips/messages';
import type { PurchaseSlip } from '../slips/purchase-slip';
import type { MovementLine } from '../stock/ledger';
import type { SourceRefs } from './ship-doc';
import type { Issue } from '../validation';

/** 收货人: who receives the parcel; may differ from the customer who ordered. */
export interface Recipient {
  name: string;
  /** Normalized (digits only). */
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
}

/** 发货明细表 line: goods category (货物类别) and quantity. */
export interface ShippingListLine {
  category: string;
  qty: number;
}

/**
 * 发货明细表 (OUT-2): filled from the slip (or the courier exchange) and handed to the warehouse for
 * picking. Permanent. It refers to its source document: `slipId`, or `exchangeId` (ship-doc.ts).
 */
export interface ShippingList extends SourceRefs {
  id?: number;
  lines: ShippingListLine[];
  recipient: Recipient;
  createdAt: number;
  updatedAt: number;
}

export const recipientNameMaxLength = 50;
export const addressDetailMaxLength = 200;

export function validateRecipient(r: Recipient, path = 'recipient'): Issue[] {
  const issues: Issue[] = [];
  const name = r.name.trim();
  if (name === '') issues.push(issue(`${path}.name`, 'shipping.error.recipientNameRequired'));
  else if (name.length > recipientNameMaxLength) issues.push(issue(`${path}.name`, 'shipping.error.recipientNameTooLong'));
  if (r.phone.trim() === '') issues.push(issue(`${path}.phone`, 'shipping.error.recipientPhoneRequired'));
  else {
    const bad = phoneIssue(r.phone, `${path}.phone`, 'shipping.error.recipientPhoneBad');
    if (bad) issues.push(bad);
  }
  if (r.province.trim() === '') issues.push(issue(`${path}.province`, 'shipping.error.provinceRequired'));
  if (r.city.trim() === '') issues.push(issue(`${path}.city`, 'shipping.error.cityRequired'));
  const detail = r.detail.trim();
  if (detail === '') issues.push(issue(`${path}.detail`, 'shipping.error.detailRequired'));
  else if (detail.length > addressDetailMaxLength) issues.push(issue(`${path}.detail`, 'shipping.error.detailTooLong'));
  return issues;
}

/** OUT-2: a list names goods category, quantity, recipient name, phone and address. */
export function validateShippingList(list: Pick<ShippingList, 'slipId' | 'exchangeId' | 'lines' | 'recipient'>): Issue[] {
  const issues: Issue[] = [];
  // Exactly one source document: a slip or an exchange.
  const ids = [list.slipId, list.exchangeId].filter((id) => id !== undefined);
  if (ids.length !== 1 || !ids.every((id) => Number.isInteger(id) && id > 0)) issues.push(issue('slipId', 'shipping.error.slipRequired'));
  if (list.lines.length === 0) issues.push(issue('lines', 'shipping.error.noLines'));
  list.lines.forEach((l, i) => {
    if (l.category.trim() === '') issues.push(issue(`lines.${i}.category`, 'shipping.error.categoryRequired'));
    const bad = quantityIssue(l.qty, `lines.${i}.qty`);
    if (bad) issues.push(bad);
  });
  return [...issues, ...validateRecipient(list.recipient)];
}

/** A product's goods category as the list prints it (its name when no category is set). */
export function goodsCategory(p: Pick<Product, 'category' | 'name'> | undefined): string {
  return (p?.category.trim() || p?.name.trim()) ?? '';
}

/** The list's lines for a slip: quantities summed per goods category, in slip order. */
export function shippingListLines(slip: { lines: readonly MovementLine[] }, products: ReadonlyMap<number, Product>): ShippingListLine[] {
  const totals = new Map<string, number>();
  for (const l of slip.lines) {
    const category = goodsCategory(products.get(l.productId));
    totals.set(category, (totals.get(category) ?? 0) + l.qty);
  }
  return [...totals].map(([category, qty]) => ({ category, qty }));
}

/** The list must say what the slip says: the same quantity per goods category. */
export function listMatchesSlip(list: Pick<ShippingList, 'lines'>, slip: { lines: readonly MovementLine[] }, products: ReadonlyMap<number, Product>): Issue[] {
  const want = new Map(shippingListLines(slip, products).map((l) => [l.category, l.qty]));
  const got = new Map<string, number>();
  for (const l of list.lines) got.set(l.category.trim(), (got.get(l.category.trim()) ?? 0) + l.qty);
  const categories = new Set([...want.keys(), ...got.keys()]);
  return [...categories].filter((c) => want.get(c) !== got.get(c)).map((c) => issue(`lines.${c}`, 'shipping.error.listDiffersFromSlip'));
}

/** The customer's own name, primary phone and default address, as a starting recipient. */
export function recipientFromCustomer(c: Pick<Customer, 'name' | 'phones' | 'primaryPhone' | 'addresses'>): Recipient {
  const a: Omit<CustomerAddress, 'isDefault'> = defaultAddress(c) ?? { province: '', city: '', district: '', detail: '' };
  return { name: c.name, phone: c.primaryPhone ?? c.phones[0] ?? '', province: a.province, city: a.city, district: a.district, detail: a.detail };
}

export function recipientAddress(r: Pick<Recipient, 'province' | 'city' | 'district' | 'detail'>): string {
  return formatAddress(r);
}

/** Compares addresses by their characters only (spaces and punctuation dropped). */
function addressKey(a: Pick<Recipient, 'province' | 'city' | 'district' | 'detail'>): string {
  return formatAddress(a).replace(/[\s,，.。;；:：\-—#]/g, '');
}

export type ContactMismatch = 'name' | 'phone' | 'address';

/** SHP-1: where the recipient's contact data differs from the customer's record. */
export function contactMismatch(customer: Pick<Customer, 'name' | 'phones' | 'addresses'>, r: Recipient): ContactMismatch[] {
  const out: ContactMismatch[] = [];
  if (r.name.trim() !== customer.name.trim()) out.push('name');
  const phone = normalizePhone(r.phone);
  if (!customer.phones.map(normalizePhone).includes(phone)) out.push('phone');
  const key = addressKey(r);
  if (!customer.addresses.some((a) => addressKey(a) === key)) out.push('address');
  return out;
}

export const doubtReasons = ['recipientDiffers', 'phoneNotOnFile', 'addressNotOnFile', 'largeQuantity', 'largeAmount', 'newCustomer'] as const;
export type DoubtReason = (typeof doubtReasons)[number];

export interface DoubtThresholds {
  /** Total pieces on the slip at or above which the order is confirmed by phone. */
  quantity: number;
  /** Total in yuan at or above which the order is confirmed by phone. */
  amount: number;
  /** A customer created less than this many days before the slip is new. */
  newCustomerDays: number;
}

export const defaultDoubtThresholds: DoubtThresholds = { quantity: 20, amount: 10_000, newCustomerDays: 30 };

export interface DoubtOptions {
  /** How many earlier slips the customer has; 0 makes the customer new whatever the record's age. */
  previousSlips?: number;
  thresholds?: Partial<DoubtThresholds>;
}

type DoubtSlip = Pick<PurchaseSlip, 'total' | 'day'> & { lines: readonly MovementLine[] };
type DoubtCustomer = Pick<Customer, 'name' | 'phones' | 'addresses' | 'createdAt'>;

function isNewCustomer(slip: DoubtSlip, customer: DoubtCustomer, o: DoubtOptions, days: number): boolean {
  if (o.previousSlips !== undefined) return o.previousSlips === 0;
  return localDayStart(slip.day) - customer.createdAt < days * 24 * 60 * 60 * 1000;
}

/**
 * SHP-1 heuristics: why an order should be confirmed with the customer by phone before it ships
 * (empty: nothing doubtful). Each reason has its own message (`shipping.doubt.<reason>`).
 */
export function doubtfulOrder(slip: DoubtSlip, customer: DoubtCustomer, recipient: Recipient, options: DoubtOptions = {}): DoubtReason[] {
  const t = { ...defaultDoubtThresholds, ...options.thresholds };
  const mismatch = contactMismatch(customer, recipient);
  const reasons: DoubtReason[] = [];
  if (mismatch.includes('name')) reasons.push('recipientDiffers');
  if (mismatch.includes('phone')) reasons.push('phoneNotOnFile');
  if (mismatch.includes('address')) reasons.push('addressNotOnFile');
  if (slip.lines.reduce((n, l) => n + l.qty, 0) >= t.quantity) reasons.push('largeQuantity');
  if (slip.total >= t.amount) reasons.push('largeAmount');
  if (isNewCustomer(slip, customer, options, t.newCustomerDays)) reasons.push('newCustomer');
  return reasons;
}

/** Lists by the slip they belong to (an exchange's list has no slip and is left out). */
export function listsBySlip(lists: Iterable<ShippingList>): Map<number, ShippingList> {
  const bySlip = new Map<number, ShippingList>();
  for (const l of lists) if (l.slipId !== undefined) bySlip.set(l.slipId, l);
  return bySlip;
}
