import { assertValid, ValidationError } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import {
  customerSearchKeys,
  customerSearchPrefix,
  normalizeCustomerInput,
  normalizePhone,
  validateCustomer,
  type Customer,
  type CustomerFields,
  type CustomerInput,
} from '@shared/domain/customer';
import type { CallLog } from '@shared/domain/call-log';
import type { CustomerReturn } from '@shared/stock/returns';
import type { Exchange } from '@shared/stock/exchange';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import type { Shipment } from '@shared/shipping/shipment';
import { auditChange } from './audit-repo';
import { bulkAddChunked } from './bulk-add';
import { addedKey, type AppDB } from './db';
import { listCallLogsForCustomer } from './call-logs-repo';

function toStored(input: CustomerInput, createdAt: number, updatedAt: number): Customer {
  const clean = normalizeCustomerInput(input);
  return { ...clean, searchKeys: customerSearchKeys(clean), createdAt, updatedAt };
}

const profileKeys = ['type', 'memberNo', 'storeNo', 'primaryPhone', 'addresses', 'grade', 'isKey', 'source'] as const;

/**
 * An edit from a form that does not show every profile field (the issue-2 form: name, phones, one
 * address, notes) keeps the stored values of the fields it leaves out. A changed one-line address
 * replaces the addresses only when the input brings no address list of its own.
 */
function withStoredProfile(input: CustomerInput, existing: Customer): CustomerInput {
  const merged: CustomerInput = { ...input };
  const kept: Partial<CustomerFields> = {};
  const phones = new Set(input.phones.map(normalizePhone));
  for (const key of profileKeys) {
    if (merged[key] !== undefined || existing[key] === undefined) continue;
    if (key === 'addresses' && (merged.address?.trim() ?? '') !== (existing.address ?? '')) continue;
    // A primary phone that is no longer among the phones gives way to the first one.
    if (key === 'primaryPhone' && !phones.has(existing.primaryPhone ?? '')) continue;
    Object.assign(kept, { [key]: existing[key] });
  }
  return { ...merged, ...kept };
}

/** The row a new customer is stored as (the import writes many of these in one transaction). */
export function newCustomerRow(input: CustomerInput, now: number, createdById: number): Customer {
  return { ...toStored(input, now, now), createdById };
}

/** What the audit trail keeps: the customer's own fields, not the derived search keys or timestamps. */
export function customerSnapshot({ id: _id, searchKeys: _k, createdAt: _c, updatedAt: _u, ...fields }: Customer): Record<string, unknown> {
  return fields;
}

/**
 * Validates, normalizes phones, computes search keys, and writes the customer with its audit entry in
 * one transaction. A role without 'customer.write' gets a PermissionError; invalid input a ValidationError.
 */
export async function createCustomer(db: AppDB, actor: Actor, input: CustomerInput): Promise<number> {
  assertCan(actor.roles, 'customer.write');
  assertValid(validateCustomer(input));
  const now = Date.now();
  const row = newCustomerRow(input, now, actor.staffId);
  return db.transaction('rw', db.customers, db.auditLog, async () => {
    const id = addedKey(await db.customers.add(row));
    await auditChange(db, actor, { action: 'create', table: 'customers', recordId: id, after: customerSnapshot(row), at: now });
    return id;
  });
}

/** Updates a customer; the audit entry holds the changed fields only, and an unchanged save writes nothing. */
export async function updateCustomer(db: AppDB, actor: Actor, id: number, input: CustomerInput): Promise<void> {
  assertCan(actor.roles, 'customer.write');
  assertValid(validateCustomer(input));
  await db.transaction('rw', db.customers, db.auditLog, async () => {
    const existing = await db.customers.get(id);
    if (!existing) throw new ValidationError([{ path: 'id', message: 'customer.error.notFound' }]);
    assertValid(validateCustomer(withStoredProfile(input, existing)));
    const now = Date.now();
    const next: Customer = {
      ...toStored(withStoredProfile(input, existing), existing.createdAt, now),
      ...(existing.createdById !== undefined ? { createdById: existing.createdById } : {}),
      id,
    };
    const before = customerSnapshot(existing);
    const after = customerSnapshot(next);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await db.customers.put(next);
    await auditChange(db, actor, { action: 'update', table: 'customers', recordId: id, before, after, at: now });
  });
}

export function getCustomer(db: AppDB, id: number): Promise<Customer | undefined> {
  return db.customers.get(id);
}

/** The customers with these ids (unknown ids are left out). */
export async function getCustomersByIds(db: AppDB, ids: Iterable<number>): Promise<Map<number, Customer>> {
  const unique = [...new Set(ids)];
  const found = await db.customers.bulkGet(unique);
  const byId = new Map<number, Customer>();
  for (const c of found) if (c?.id !== undefined) byId.set(c.id, c);
  return byId;
}

/** The customer with this phone, however it is formatted ("138-0013-8000" = "13800138000"). */
export async function findCustomerByPhone(db: AppDB, phone: string): Promise<Customer | undefined> {
  const normalized = normalizePhone(phone);
  if (!normalized) return undefined;
  return db.customers.where('phones').equals(normalized).first();
}

/**
 * Every customer that has one of these phones (the "already on file" warning when a new customer or
 * a new phone is entered), each once, without `excludeId` (the customer being edited).
 */
export async function findCustomersByPhones(db: AppDB, phones: readonly string[], excludeId?: number): Promise<Customer[]> {
  const wanted = [...new Set(phones.map(normalizePhone).filter((p) => p !== ''))];
  if (wanted.length === 0) return [];
  const found = await db.customers.where('phones').anyOf(wanted).distinct().toArray();
  return found.filter((c) => c.id !== excludeId);
}

/** One entry of a customer's timeline; later issues add purchase slips, shipments and service records. */
export type TimelineEntry =
  | { kind: 'call'; at: number; id: number; call: CallLog }
  | { kind: 'return'; at: number; id: number; ret: CustomerReturn }
  | { kind: 'exchange'; at: number; id: number; exchange: Exchange }
  | { kind: 'slip'; at: number; id: number; slip: PurchaseSlip }
  | { kind: 'shipment'; at: number; id: number; shipment: Shipment };

/** Everything linked to a customer, newest first: calls, returns and exchanges so far. */
export async function customerTimeline(db: AppDB, customerId: number): Promise<TimelineEntry[]> {
  const [calls, returns, exchanges, slips, shipments] = await Promise.all([
    listCallLogsForCustomer(db, customerId),
    db.returns.where('customerId').equals(customerId).toArray(),
    db.exchanges.where('customerId').equals(customerId).toArray(),
    db.purchaseSlips.where('customerId').equals(customerId).toArray(),
    db.shipments.where('customerId').equals(customerId).toArray(),
  ]);
  const entries: TimelineEntry[] = [
    ...calls.map((call): TimelineEntry => ({ kind: 'call', at: call.at, id: call.id ?? 0, call })),
    ...returns.map((ret): TimelineEntry => ({ kind: 'return', at: ret.at, id: ret.id ?? 0, ret })),
    ...exchanges.map((exchange): TimelineEntry => ({ kind: 'exchange', at: exchange.at, id: exchange.id ?? 0, exchange })),
    ...slips.map((slip): TimelineEntry => ({ kind: 'slip', at: slip.createdAt, id: slip.id ?? 0, slip })),
    ...shipments.map((shipment): TimelineEntry => ({ kind: 'shipment', at: shipment.shippedAt, id: shipment.id ?? 0, shipment })),
  ];
  return entries.sort((a, b) => b.at - a.at || b.id - a.id);
}

/**
 * Prefix match on name, phone, name pinyin (full or initials) and member/store number; an empty
 * query lists the newest customers first.
 */
export async function searchCustomers(db: AppDB, query: string, limit = 50): Promise<Customer[]> {
  const prefix = customerSearchPrefix(query);
  if (!prefix) return db.customers.orderBy('createdAt').reverse().limit(limit).toArray();
  return db.customers.where('searchKeys').startsWith(prefix).distinct().limit(limit).toArray();
}

export function countCustomers(db: AppDB): Promise<number> {
  return db.customers.count();
}

/**
 * Bulk load for benchmarks and generated test data only, never for the clerk's own records: it writes
 * no audit entries. Validates every row first; nothing is written if one fails.
 */
export async function bulkAddCustomers(db: AppDB, inputs: readonly CustomerInput[], chunkSize = 5000): Promise<number[]> {
  const issues = inputs.flatMap((input, i) => validateCustomer(input).map((x) => ({ ...x, path: `${i}.${x.path}` })));
  assertValid(issues);
  const now = Date.now();
  const keys = await bulkAddChunked(db, db.customers, inputs.map((input) => toStored(input, now, now)), chunkSize);
  return keys.map(addedKey);
}
