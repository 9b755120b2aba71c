import type { Issue } from '../validation';
import type { Movement, MovementLine, MovementRef } from './ledger';
import { issue } from './messages';

/**
 * WH-1 daily settlement: the day's inbound and outbound per product, and the ledger reconciled with
 * the paper. A document (purchase slip, shipping list, inbound slip, exchange, stock take …) names the
 * record its movements refer to (`ref`) and the signed quantities it says moved; several documents may
 * describe the same record (a purchase slip and its shipping list): each is checked on its own.
 */
export interface SettlementDocument {
  ref: MovementRef;
  docNo: string;
  lines: MovementLine[];
}

export type Direction = 'in' | 'out';

export interface ProductDayTotal {
  productId: number;
  inbound: number;
  outbound: number;
  /** inbound − outbound. */
  net: number;
}

/** A difference to explain before the day is settled. `key` is stable, for attaching the explanation. */
export type SettlementDifference =
  | { key: string; kind: 'movementWithoutDocument'; docNo: string; ref?: MovementRef; productId: number; direction: Direction; movementQty: number }
  | { key: string; kind: 'documentWithoutMovement'; docNo: string; ref: MovementRef }
  | { key: string; kind: 'quantityMismatch'; docNo: string; ref: MovementRef; productId: number; direction: Direction; documentQty: number; movementQty: number };

export interface DaySettlementResult {
  day: string;
  totals: ProductDayTotal[];
  movementCount: number;
  documentCount: number;
  differences: SettlementDifference[];
  /** True when every movement has its document and every document line its movement. */
  balanced: boolean;
}

/** What is kept when a day is settled (the settlement report prints from it). */
export interface SettledDay extends DaySettlementResult {
  id?: number;
  settledAt: number;
  settledById: number;
  settledByName: string;
  /** Difference key → the keeper's explanation. */
  explanations: Record<string, string>;
}

const refKey = (r: MovementRef) => `${r.type}:${r.id}`;
const lineKey = (productId: number, direction: Direction) => `${productId}:${direction}`;
const directionOf = (qty: number): Direction => (qty >= 0 ? 'in' : 'out');

/** (product, direction) → absolute quantity, over some lines. */
function sumLines(lines: Iterable<MovementLine>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const l of lines) {
    const k = lineKey(l.productId, directionOf(l.qty));
    sums.set(k, (sums.get(k) ?? 0) + Math.abs(l.qty));
  }
  return sums;
}

function parseLineKey(k: string): { productId: number; direction: Direction } {
  const [id, dir] = k.split(':');
  return { productId: Number(id), direction: dir === 'out' ? 'out' : 'in' };
}

/** WH-1: per product, the day's inbound and outbound quantities. */
export function dayTotals(movements: Iterable<Movement>): ProductDayTotal[] {
  const totals = new Map<number, ProductDayTotal>();
  for (const m of movements) {
    for (const l of m.lines) {
      const t = totals.get(l.productId) ?? { productId: l.productId, inbound: 0, outbound: 0, net: 0 };
      if (l.qty >= 0) t.inbound += l.qty;
      else t.outbound -= l.qty;
      t.net = t.inbound - t.outbound;
      totals.set(l.productId, t);
    }
  }
  return [...totals.values()].sort((a, b) => a.productId - b.productId);
}

function documentDifferences(doc: SettlementDocument, moved: Map<string, number> | undefined): SettlementDifference[] {
  if (!moved) return [{ key: `nomove:${doc.docNo}`, kind: 'documentWithoutMovement', docNo: doc.docNo, ref: doc.ref }];
  const out: SettlementDifference[] = [];
  for (const [k, documentQty] of sumLines(doc.lines)) {
    const movementQty = moved.get(k) ?? 0;
    if (movementQty !== documentQty) {
      out.push({ key: `qty:${doc.docNo}:${k}`, kind: 'quantityMismatch', docNo: doc.docNo, ref: doc.ref, ...parseLineKey(k), documentQty, movementQty });
    }
  }
  return out;
}

/** Movement lines that no document covers (a movement with no ref, or a product no document lists). */
function uncoveredMovements(movements: Movement[], covered: Map<string, Set<string>>): SettlementDifference[] {
  const out: SettlementDifference[] = [];
  for (const m of movements) {
    const cover = m.ref ? covered.get(refKey(m.ref)) : undefined;
    for (const [k, movementQty] of sumLines(m.lines)) {
      if (cover?.has(k)) continue;
      out.push({
        key: `nodoc:${m.docNo}:${k}`, kind: 'movementWithoutDocument', docNo: m.docNo, ...parseLineKey(k), movementQty,
        ...(m.ref ? { ref: m.ref } : {}),
      });
    }
  }
  return out;
}

function linesByRef(movements: Movement[]): Map<string, MovementLine[]> {
  const byRef = new Map<string, MovementLine[]>();
  for (const m of movements) {
    if (!m.ref) continue;
    const list = byRef.get(refKey(m.ref)) ?? [];
    list.push(...m.lines);
    byRef.set(refKey(m.ref), list);
  }
  return byRef;
}

/**
 * WH-1: settles one day. Only movements whose business `day` is `day` count; `documents` are the
 * paper the caller gathered for that day (the records the day's movements refer to, and any record
 * of the day that should have moved goods). Pure: locking and saving are the repository's part.
 */
export function settleDay(day: string, movements: Iterable<Movement>, documents: readonly SettlementDocument[]): DaySettlementResult {
  const todays = [...movements].filter((m) => m.day === day);
  const movedByRef = new Map<string, Map<string, number>>();
  for (const [k, lines] of linesByRef(todays)) movedByRef.set(k, sumLines(lines));
  const covered = new Map<string, Set<string>>();
  const differences: SettlementDifference[] = [];
  for (const doc of documents) {
    const k = refKey(doc.ref);
    differences.push(...documentDifferences(doc, movedByRef.get(k)));
    covered.set(k, new Set([...(covered.get(k) ?? []), ...sumLines(doc.lines).keys()]));
  }
  differences.push(...uncoveredMovements(todays, covered));
  return { day, totals: dayTotals(todays), movementCount: todays.length, documentCount: documents.length, differences, balanced: differences.length === 0 };
}

/** WH-1: every difference needs a written explanation before the day can be settled. */
export function validateSettlement(result: DaySettlementResult, explanations: Readonly<Record<string, string>>): Issue[] {
  return result.differences
    .filter((d) => (explanations[d.key] ?? '').trim() === '')
    .map((d) => issue(`explanations.${d.key}`, 'stock.settlement.explanationRequired'));
}
