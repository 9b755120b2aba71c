import { assertValid, ValidationError } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { pinyinSearchKeys } from '@shared/pinyin/keys';
import {
  normalizeProductCode,
  normalizeProductInput,
  validateProduct,
  type Product,
  type ProductContext,
  type ProductInput,
} from '@shared/products/product';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { syncSafetyAlert } from './stock-alerts';
import type { StoredProduct } from './stock-rows';

/** Product master data is kept by the warehouse (and the supervisor). */
const writeAction = 'stock.receive';

/** Prefix-search keys: the code, the lower-cased name, and the name's pinyin (full and initials). */
export function productSearchKeys(p: Pick<Product, 'code' | 'name'>): string[] {
  const keys = [p.code.toLowerCase(), p.name.trim().toLowerCase(), ...pinyinSearchKeys(p.name)];
  return [...new Set(keys)].filter((k) => k !== '');
}

function snapshot({ id: _id, searchKeys: _k, createdAt: _c, updatedAt: _u, ...fields }: StoredProduct | (Product & { searchKeys: string[] })): Record<string, unknown> {
  return fields;
}

/** The context validateProduct needs (code owners, set components), read inside the transaction. */
async function productContext(db: AppDB, input: ProductInput, selfId?: number): Promise<ProductContext> {
  const code = normalizeProductCode(input.code);
  const owner = code === '' ? undefined : await db.products.where('code').equals(code).first();
  const componentIds = input.isSet ? input.components.map((c) => c.productId) : [];
  const components = await db.products.bulkGet(componentIds);
  const productsById = new Map<number, Pick<Product, 'isSet'>>();
  for (const c of components) if (c) productsById.set(c.id, c);
  return {
    ...(selfId !== undefined ? { selfId } : {}),
    codeOwners: new Map(owner ? [[owner.code, owner.id]] : []),
    productsById,
  };
}

/**
 * Creates a product with its audit entry in one transaction. A code already in use is refused
 * ('product.error.codeInUse'; the unique index backs this up), as is invalid input.
 */
export async function createProduct(db: AppDB, actor: Actor, input: ProductInput, now = Date.now()): Promise<number> {
  assertCan(actor.roles, writeAction);
  assertValid(validateProduct(input));
  const clean = normalizeProductInput(input);
  return db.transaction('rw', [db.products, db.stockBalances, db.stockAlerts, db.auditLog], async () => {
    assertValid(validateProduct(clean, await productContext(db, clean)));
    const row = { ...clean, searchKeys: productSearchKeys(clean), createdAt: now, updatedAt: now };
    const id = addedKey(await db.products.add(row));
    await syncSafetyAlert(db, { ...row, id }, 0, now, '');
    await auditChange(db, actor, { action: 'create', table: 'products', recordId: id, after: snapshot(row), at: now });
    return id;
  });
}

/**
 * Updates a product; only changed fields are audited and an unchanged save writes nothing. A new
 * safety level or active flag re-evaluates the product's alert at once (IN-1).
 */
export async function updateProduct(db: AppDB, actor: Actor, id: number, input: ProductInput, now = Date.now()): Promise<void> {
  assertCan(actor.roles, writeAction);
  assertValid(validateProduct(input, { selfId: id }));
  const clean = normalizeProductInput(input);
  await db.transaction('rw', [db.products, db.stockBalances, db.stockAlerts, db.auditLog], async () => {
    const existing = await db.products.get(id);
    if (!existing) throw new ValidationError([{ path: 'id', message: 'stock.out.unknownProduct' }]);
    assertValid(validateProduct(clean, await productContext(db, clean, id)));
    const next: StoredProduct = { ...clean, id, searchKeys: productSearchKeys(clean), createdAt: existing.createdAt, updatedAt: now };
    const before = snapshot(existing);
    const after = snapshot(next);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await db.products.put(next);
    const onHand = (await db.stockBalances.get(id))?.onHand ?? 0;
    await syncSafetyAlert(db, next, onHand, now, '');
    await auditChange(db, actor, { action: 'update', table: 'products', recordId: id, before, after, at: now });
  });
}

export function getProduct(db: AppDB, id: number): Promise<StoredProduct | undefined> {
  return db.products.get(id);
}

/** The product with this code, however it is typed (' p-001 ' = 'P-001'). */
export async function getProductByCode(db: AppDB, code: string): Promise<StoredProduct | undefined> {
  const c = normalizeProductCode(code);
  return c === '' ? undefined : db.products.where('code').equals(c).first();
}

/** False when another product already has this code (the form's early check; the write checks again). */
export async function isProductCodeFree(db: AppDB, code: string, selfId?: number): Promise<boolean> {
  const owner = await getProductByCode(db, code);
  return owner === undefined || owner.id === selfId;
}

export async function getProductsByIds(db: AppDB, ids: Iterable<number>): Promise<Map<number, StoredProduct>> {
  const found = await db.products.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((p) => (p ? [[p.id, p] as const] : [])));
}

/** Every product, by code (the product list; the pure checks take it as a map via productMap). */
export async function listProducts(db: AppDB, opts: { activeOnly?: boolean } = {}): Promise<StoredProduct[]> {
  const all = await db.products.orderBy('code').toArray();
  return opts.activeOnly ? all.filter((p) => p.active) : all;
}

/** All products by id, for checkOutbound, checkExchange, expandSets and the count sheets. */
export async function productMap(db: AppDB): Promise<Map<number, StoredProduct>> {
  const all = await db.products.toArray();
  return new Map(all.map((p) => [p.id, p]));
}

/** Prefix match on code, name and name pinyin ('jsq' finds 净水器); an empty query lists by code. */
export async function searchProducts(db: AppDB, query: string, limit = 50): Promise<StoredProduct[]> {
  const prefix = query.trim().toLowerCase();
  if (!prefix) return db.products.orderBy('code').limit(limit).toArray();
  return db.products.where('searchKeys').startsWith(prefix).distinct().limit(limit).toArray();
}
