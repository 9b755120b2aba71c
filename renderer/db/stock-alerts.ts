import { isBelowSafety } from '@shared/stock/safety';
import { addedKey, type AppDB } from './db';
import type { StockAlert, StoredProduct } from './stock-rows';

/** The product's alert that has not cleared yet, if any (at most one is open per product). */
export async function openAlertOf(db: AppDB, productId: number): Promise<StockAlert | undefined> {
  return db.stockAlerts
    .where('productId')
    .equals(productId)
    .filter((a) => a.clearedAt === undefined)
    .first();
}

/**
 * IN-1: brings a product's alert in line with its stock, at write time, inside the caller's
 * transaction: at or below the safety level with no open alert → raise one now; recovered (or the
 * level lowered, or the product deactivated) with an open alert → clear it. Stored, so the banner
 * and the "alerts over time" history read them without recomputing.
 */
export async function syncSafetyAlert(db: AppDB, product: StoredProduct, onHand: number, at: number, docNo: string): Promise<void> {
  const low = isBelowSafety(product, onHand);
  const open = await openAlertOf(db, product.id);
  if (low && !open) {
    addedKey(await db.stockAlerts.add({ productId: product.id, raisedAt: at, onHandAtRaise: onHand, safetyStock: product.safetyStock, docNo }));
  } else if (!low && open?.id !== undefined) {
    await db.stockAlerts.update(open.id, { clearedAt: at });
  }
}
