import type { Product } from '../products/product';
import type { Balances } from './ledger';

type SafetyFields = Pick<Product, 'id' | 'safetyStock' | 'active'>;

/**
 * IN-1: true when an active product with a safety level is at or below it. A level of 0 means
 * "no safety level set": such a product never alerts.
 */
export function isBelowSafety(p: SafetyFields, onHand: number): boolean {
  return p.active && p.safetyStock > 0 && onHand <= p.safetyStock;
}

export interface SafetyAlertChange {
  /** Products at or below their safety level now and not before: alert at once. */
  raised: number[];
  /** Products that were low and have recovered: the alert clears. */
  cleared: number[];
}

/**
 * IN-1: how a movement changed the alerts. `before`/`after` are the balances around it; products
 * missing from a map have 0 on hand.
 */
export function safetyAlertsAfter(before: Balances, after: Balances, products: Iterable<SafetyFields>): SafetyAlertChange {
  const raised: number[] = [];
  const cleared: number[] = [];
  for (const p of products) {
    if (p.id === undefined) continue;
    const was = isBelowSafety(p, before.get(p.id) ?? 0);
    const is = isBelowSafety(p, after.get(p.id) ?? 0);
    if (is && !was) raised.push(p.id);
    if (was && !is) cleared.push(p.id);
  }
  return { raised, cleared };
}

/** IN-1: every product currently at or below its safety level (the banner's count). */
export function lowStockProductIds(products: Iterable<SafetyFields>, balances: Balances): number[] {
  const ids: number[] = [];
  for (const p of products) if (p.id !== undefined && isBelowSafety(p, balances.get(p.id) ?? 0)) ids.push(p.id);
  return ids;
}

export interface ReorderRow {
  productId: number;
  code: string;
  name: string;
  category: string;
  spec: string;
  unit: string;
  location: string;
  onHand: number;
  safetyStock: number;
  /** How many to order to get back above the safety level: safety − on hand + 1. */
  suggestedQty: number;
}

/** IN-1: the printable/exportable reorder list, ordered by code. */
export function reorderList(products: Iterable<Product>, balances: Balances): ReorderRow[] {
  const rows: ReorderRow[] = [];
  for (const p of products) {
    if (p.id === undefined) continue;
    const onHand = balances.get(p.id) ?? 0;
    if (!isBelowSafety(p, onHand)) continue;
    const { code, name, category, spec, unit, location, safetyStock } = p;
    rows.push({ productId: p.id, code, name, category, spec, unit, location, onHand, safetyStock, suggestedQty: safetyStock - onHand + 1 });
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}
