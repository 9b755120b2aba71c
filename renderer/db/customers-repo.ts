import { assertValid, ValidationError } from '@shared/validation';
import {
  customerSearchKeys,
  customerSearchPrefix,
  normalizeCustomerInput,
  normalizePhone,
  validateCustomer,
  type Customer,
  type CustomerInput,
} from '@shared/domain/customer';
import { bulkAddChunked } from './bulk-add';
import { addedKey, type AppDB } from './db';

function toStored(input: CustomerInput, createdAt: number, updatedAt: number): Customer {
  const clean = normalizeCustomerInput(input);
  return { ...clean, searchKeys: customerSearchKeys(clean), createdAt, updatedAt };
}

/** Validates, normalizes phones, computes search keys; invalid input throws and writes nothing. */
export async function createCustomer(db: AppDB, input: CustomerInput): Promise<number> {
  assertValid(validateCustomer(input));
  const now = Date.now();
  return addedKey(await db.transaction('rw', db.customers, () => db.customers.add(toStored(input, now, now))));
}

export async function updateCustomer(db: AppDB, id: number, input: CustomerInput): Promise<void> {
  assertValid(validateCustomer(input));
  await db.transaction('rw', db.customers, async () => {
    const existing = await db.customers.get(id);
    if (!existing) throw new ValidationError([{ path: 'id', message: 'customer.error.notFound' }]);
    await db.customers.put({ ...toStored(input, existing.createdAt, Date.now()), id });
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

/** Prefix match on name or phone; an empty query lists the newest customers first. */
export async function searchCustomers(db: AppDB, query: string, limit = 50): Promise<Customer[]> {
  const prefix = customerSearchPrefix(query);
  if (!prefix) return db.customers.orderBy('createdAt').reverse().limit(limit).toArray();
  return db.customers.where('searchKeys').startsWith(prefix).distinct().limit(limit).toArray();
}

export function countCustomers(db: AppDB): Promise<number> {
  return db.customers.count();
}

/** Bulk load (sample data, benchmarks): validates every row first; nothing is written if one fails. */
export async function bulkAddCustomers(db: AppDB, inputs: readonly CustomerInput[], chunkSize = 5000): Promise<number[]> {
  const issues = inputs.flatMap((input, i) => validateCustomer(input).map((x) => ({ ...x, path: `${i}.${x.path}` })));
  assertValid(issues);
  const now = Date.now();
  const keys = await bulkAddChunked(db, db.customers, inputs.map((input) => toStored(input, now, now)), chunkSize);
  return keys.map(addedKey);
}
