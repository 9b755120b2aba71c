import { assertValid } from '@shared/validation';
import { movementDeltas, movementProductIds, validateMovement, type Movement } from '@shared/stock/ledger';
import { normalizeProductInput, validateProduct, type ProductInput } from '@shared/products/product';
import type { Receipt } from '@shared/stock/receiving';
import type { CustomerReturn } from '@shared/stock/returns';
import { bulkAddChunked } from './bulk-add';
import { addedKey, type AppDB } from './db';
import { productSearchKeys } from './products-repo';
import { refKeyOf, type StockBalance, type StoredMovement } from './stock-rows';

/**
 * Bulk loaders for benchmarks and generated test data only, never for the clerk's own records: they
 * write no audit entries and skip the per-movement checks (settled days, negative stock, alerts).
 * Every row is validated first; nothing is written if one is invalid.
 */

export async function bulkAddProducts(db: AppDB, inputs: readonly ProductInput[], now = Date.now(), chunkSize = 5000): Promise<number[]> {
  const clean = inputs.map(normalizeProductInput);
  assertValid(clean.flatMap((p, i) => validateProduct(p).map((x) => ({ ...x, path: `${i}.${x.path}` }))));
  const rows = clean.map((p) => ({ ...p, searchKeys: productSearchKeys(p), createdAt: now, updatedAt: now }));
  return (await bulkAddChunked(db, db.products, rows, chunkSize)).map(addedKey);
}

/** Receipts and returns as records (their movements are built from them with the shared builders). */
export async function bulkAddReceipts(db: AppDB, receipts: readonly Receipt[], chunkSize = 5000): Promise<number[]> {
  return (await bulkAddChunked(db, db.receipts, receipts, chunkSize)).map(addedKey);
}

export async function bulkAddReturns(db: AppDB, returns: readonly CustomerReturn[], chunkSize = 5000): Promise<number[]> {
  return (await bulkAddChunked(db, db.returns, returns, chunkSize)).map(addedKey);
}

/**
 * Appends movements in chunks and then adds their deltas to the running balances, so the balances
 * still equal the ledger sum afterwards.
 */
export async function bulkAddMovements(db: AppDB, movements: readonly Movement[], chunkSize = 5000): Promise<number> {
  assertValid(movements.flatMap((m, i) => validateMovement(m).map((x) => ({ ...x, path: `${i}.${x.path}` }))));
  const rows = movements.map((m): Omit<StoredMovement, 'id'> => {
    const refKey = refKeyOf(m.ref);
    return { ...m, productIds: movementProductIds(m), ...(refKey !== undefined ? { refKey } : {}) };
  });
  await bulkAddChunked(db, db.movements, rows, chunkSize);
  const deltas = new Map<number, number>();
  const faultyDeltas = new Map<number, number>();
  for (const m of movements) {
    for (const id of movementProductIds(m)) deltas.set(id, deltas.get(id) ?? 0);
    for (const [id, d] of movementDeltas(m)) deltas.set(id, (deltas.get(id) ?? 0) + d);
    for (const [id, d] of movementDeltas(m, 'faulty')) faultyDeltas.set(id, (faultyDeltas.get(id) ?? 0) + d);
  }
  await db.transaction('rw', db.stockBalances, async () => {
    const ids = [...deltas.keys()];
    const existing = await db.stockBalances.bulkGet(ids);
    await db.stockBalances.bulkPut(ids.map((productId, i): StockBalance => {
      const onHand = (existing[i]?.onHand ?? 0) + (deltas.get(productId) ?? 0);
      const faulty = (existing[i]?.faulty ?? 0) + (faultyDeltas.get(productId) ?? 0);
      return { productId, onHand, ...(faulty !== 0 || existing[i]?.faulty !== undefined ? { faulty } : {}) };
    }));
  });
  return rows.length;
}
