import type { Issue } from '../validation';
import { issue, type StockMessage } from './messages';

/** More than this on one line is a typing slip (an extra zero), not an order. */
export const maxQuantity = 1_000_000;

/**
 * 'positive': movement and order lines (1, 2, 3 …).
 * 'nonNegative': counted quantities, where 0 is a real count (nothing arrived, nothing on the shelf).
 */
export type QuantityRule = 'positive' | 'nonNegative';

function quantityMessage(value: unknown, rule: QuantityRule): StockMessage | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'stock.qty.required';
  if (value < 0) return 'stock.qty.negative';
  if (!Number.isInteger(value)) return 'stock.qty.notInteger';
  if (value === 0 && rule === 'positive') return 'stock.qty.zero';
  if (value > maxQuantity) return 'stock.qty.tooLarge';
  return undefined;
}

/** The field message for a quantity, if it is not acceptable: whole numbers only, never negative. */
export function quantityIssue(value: unknown, path: string, rule: QuantityRule = 'positive'): Issue | undefined {
  const message = quantityMessage(value, rule);
  return message ? issue(path, message) : undefined;
}

export type ParsedQuantity = { ok: true; value: number } | { ok: false; message: StockMessage };

const fullWidthDigits = /[０-９]/g;

/** Reads a quantity typed into a field ("12", "１２", " 3 "); "-1", "0" or "1.5" get their field message. */
export function parseQuantity(text: string, rule: QuantityRule = 'positive'): ParsedQuantity {
  const t = text.trim().replace(fullWidthDigits, (d) => String(d.charCodeAt(0) - 0xff10));
  if (t === '') return { ok: false, message: 'stock.qty.required' };
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return { ok: false, message: 'stock.qty.notNumber' };
  const value = Number(t);
  const message = quantityMessage(value, rule);
  return message ? { ok: false, message } : { ok: true, value };
}
