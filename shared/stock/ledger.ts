import type { Actor } from '../auth/roles';
import { isIsoDate, toIsoDate } from '../domain/local-date';
import type { Issue } from '../validation';
import { isDocNo } from './doc-no';
import { issue } from './messages';
import { quantityIssue } from './quantity';

/**
 * The stock ledger. Stock is never edited: the quantity on hand is the sum of immutable movements.
 * A mistake is corrected by a new movement (an adjustment), never by changing an old one.
 */

export const movementKinds = ['receive', 'return', 'issue', 'exchangeIn', 'exchangeOut', 'adjust', 'scrap'] as const;
export type MovementKind = (typeof movementKinds)[number];

/** The business record a movement carries out: the paper document it is reconciled against (WH-1). */
export const refTypes = ['receipt', 'return', 'slip', 'exchange', 'stockTake', 'serviceReport', 'scrap'] as const;
export type RefType = (typeof refTypes)[number];

export interface MovementRef {
  type: RefType;
  id: number;
}

/**
 * Where goods are kept. Sellable stock (可售) is what the shelf holds and what every outbound check,
 * safety alert and stock take counts; faulty stock (不良品) holds goods with a quality problem, never
 * sold, until they are scrapped or sent back to the maker.
 */
export const stockLocations = ['sellable', 'faulty'] as const;
export type StockLocation = (typeof stockLocations)[number];

/** One product on a movement; `qty` is signed: + into the warehouse, − out of it. */
export interface MovementLine {
  productId: number;
  qty: number;
  /** Absent on every line written before faulty stock existed, and on sellable lines: sellable. */
  location?: StockLocation;
}

export function locationOf(line: Pick<MovementLine, 'location'>): StockLocation {
  return line.location ?? 'sellable';
}

/**
 * The stock each kind may move. A supplier delivery, a sale, a replacement and a count touch the
 * shelf only; a return or the item back on an exchange may go either way (its inspection decides);
 * a scrap takes goods out of faulty stock only. A 返厂单 (RMA-1, goods back to the maker) will be one
 * more faulty-only kind here, taking goods from faulty stock like a scrap.
 */
const kindLocations: Record<MovementKind, readonly StockLocation[]> = {
  receive: ['sellable'],
  return: ['sellable', 'faulty'],
  issue: ['sellable'],
  exchangeIn: ['sellable', 'faulty'],
  exchangeOut: ['sellable'],
  adjust: ['sellable'],
  scrap: ['faulty'],
};

export function allowedLocations(kind: MovementKind): readonly StockLocation[] {
  return kindLocations[kind];
}

export interface Movement {
  id?: number;
  /** Its inbound/outbound slip number (RK…/CK…/HH…/PD…, see doc-no.ts). */
  docNo: string;
  kind: MovementKind;
  /** When it was posted, epoch ms. */
  at: number;
  /** The business day (local YYYY-MM-DD) it counts in: the day the settlement (WH-1) covers. */
  day: string;
  handlerId: number;
  handlerName: string;
  lines: MovementLine[];
  ref?: MovementRef;
  customerId?: number;
  note?: string;
}

/** Product id → quantity on hand. */
export type Balances = ReadonlyMap<number, number>;

/** The header every movement builder needs: document number, time, business day and handler (经手人). */
export type MovementStamp = Pick<Movement, 'docNo' | 'at' | 'day' | 'handlerId' | 'handlerName'>;

export function movementStamp(actor: Pick<Actor, 'staffId' | 'name'>, docNo: string, at: number, day = toIsoDate(at)): MovementStamp {
  return { docNo, at, day, handlerId: actor.staffId, handlerName: actor.name };
}

/** The sign every line of a kind must have; an adjustment may go either way. */
export function kindSign(kind: MovementKind): 1 | -1 | 0 {
  switch (kind) {
    case 'receive':
    case 'return':
    case 'exchangeIn':
      return 1;
    case 'issue':
    case 'exchangeOut':
    case 'scrap':
      return -1;
    case 'adjust':
      return 0;
  }
}

function lineIssues(m: Movement): Issue[] {
  const issues: Issue[] = [];
  const sign = kindSign(m.kind);
  const allowed = allowedLocations(m.kind);
  const seen = new Set<string>();
  m.lines.forEach((line, i) => {
    const key = `${line.productId}:${locationOf(line)}`;
    if (seen.has(key)) issues.push(issue(`lines.${i}.productId`, 'stock.error.duplicateLine'));
    seen.add(key);
    if (!allowed.includes(locationOf(line))) issues.push(issue(`lines.${i}.location`, 'stock.error.wrongLocation'));
    const bad = quantityIssue(Math.abs(line.qty), `lines.${i}.qty`);
    if (bad) issues.push(bad);
    else if (sign !== 0 && Math.sign(line.qty) !== sign) issues.push(issue(`lines.${i}.qty`, 'stock.error.wrongSign'));
  });
  return issues;
}

/** What the repository checks before appending a movement: nothing half-formed enters the ledger. */
export function validateMovement(m: Movement): Issue[] {
  const issues: Issue[] = [];
  if (!isDocNo(m.docNo)) issues.push(issue('docNo', 'stock.error.badDocNo'));
  if (!movementKinds.includes(m.kind)) issues.push(issue('kind', 'stock.error.badKind'));
  if (!isIsoDate(m.day)) issues.push(issue('day', 'stock.error.badDay'));
  if (!Number.isInteger(m.handlerId) || m.handlerId <= 0) issues.push(issue('handlerId', 'stock.error.handlerRequired'));
  if (m.lines.length === 0) issues.push(issue('lines', 'stock.error.noLines'));
  if (movementKinds.includes(m.kind)) issues.push(...lineIssues(m));
  return issues;
}

/** Stock on hand of one product in one place (sellable unless asked): the sum of its lines over the ledger. */
export function balanceOf(movements: Iterable<Movement>, productId: number, location: StockLocation = 'sellable'): number {
  let total = 0;
  for (const m of movements) for (const l of m.lines) if (l.productId === productId && locationOf(l) === location) total += l.qty;
  return total;
}

/** Stock on hand of every product that ever moved in one place (sellable unless asked). */
export function balances(movements: Iterable<Movement>, location: StockLocation = 'sellable'): Map<number, number> {
  const result = new Map<number, number>();
  for (const m of movements) {
    for (const l of m.lines) if (locationOf(l) === location) result.set(l.productId, (result.get(l.productId) ?? 0) + l.qty);
  }
  return result;
}

/** The change a movement makes in one place, per product (lines of the same product summed). */
export function movementDeltas(m: Movement, location: StockLocation = 'sellable'): Map<number, number> {
  return balances([m], location);
}

/**
 * The balances after one more movement, as a new map (the input is not changed). The repository
 * applies `movementDeltas` to its running-balance rows in the same transaction that appends the movement.
 */
export function applyMovement(before: Balances, m: Movement, location: StockLocation = 'sellable'): Map<number, number> {
  const after = new Map(before);
  for (const [productId, delta] of movementDeltas(m, location)) after.set(productId, (after.get(productId) ?? 0) + delta);
  return after;
}

/** The product ids a movement touches (for a multiEntry index). */
export function movementProductIds(m: Movement): number[] {
  return [...new Set(m.lines.map((l) => l.productId))];
}
