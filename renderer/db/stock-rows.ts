import type { Approval } from '@shared/auth/approval';
import type { Product } from '@shared/products/product';
import type { Movement } from '@shared/stock/ledger';

/**
 * The stored shapes of the stock tables (version 3) that add index fields to the shared record types.
 * The shared types stay the contract; these only add what IndexedDB needs to find rows quickly.
 */

/** A product with its search keys (code, lower-cased name, name pinyin full and initials). */
export type StoredProduct = Product & { id: number; searchKeys: string[] };

/** A ledger row: `productIds` (multiEntry) finds one product's movements, `refKey` ('receipt:12') a record's. */
export type StoredMovement = Movement & { id: number; productIds: number[]; refKey?: string };

/**
 * The running balance of one product: always the sum of its ledger lines, updated with each movement.
 * `onHand` is sellable stock (every sale, safety alert and count reads it); `faulty` is the 不良品 kept
 * apart, absent while the product never had any (so every balance written before is sellable).
 */
export interface StockBalance {
  productId: number;
  onHand: number;
  faulty?: number;
}

/** IN-1: one safety-stock alert, raised when a movement takes the product to or below its level. */
export interface StockAlert {
  id?: number;
  productId: number;
  raisedAt: number;
  /** When stock recovered above the level (or the level was lowered, or the product deactivated). */
  clearedAt?: number;
  onHandAtRaise: number;
  safetyStock: number;
  /** The document whose movement raised it; empty when a product edit did. */
  docNo: string;
}

/** WH-1: whether a day is locked. A reopened day unlocks until it is settled again. */
export interface DayState {
  day: string;
  status: 'settled' | 'reopened';
  settlementId: number;
  settledAt: number;
  settledByName: string;
  reopenedAt?: number;
  reopenedByName?: string;
}

/** A supervisor reopening a settled day (WH-1), kept as its own record. */
export interface DayReopenRow {
  id?: number;
  day: string;
  at: number;
  reason: string;
  approval: Approval;
  byId: number;
  byName: string;
}

/** How many numbers a document series has used on a day: key 'RK2026-11-27'. */
export interface DocCounter {
  key: string;
  count: number;
}

export function refKeyOf(ref: { type: string; id: number } | undefined): string | undefined {
  return ref ? `${ref.type}:${ref.id}` : undefined;
}
