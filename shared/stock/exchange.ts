import type { Product } from '../products/product';
import type { Issue } from '../validation';
import { assertValid } from '../validation';
import { parseDocNo, stockDocPrefixes } from './doc-no';
import type { DeliveryMode } from './outbound';
import type { Movement, MovementLine, MovementRef, StockLocation } from './ledger';
import { issue } from './messages';
import { quantityIssue } from './quantity';
import type { ExchangeShipping } from '../shipping/ship-doc';
import { toIsoDate } from '../domain/local-date';

/**
 * Exchanges (换货). Model: one Exchange record and always two movements referring to it —
 * `exchangeIn` (the returned goods back on the shelf) and `exchangeOut` (the replacement leaving).
 * - EXC-1 same product (同型换货): the returned item is inspected, then restocked directly; both
 *   movements carry the same 换货单 number (HH…), so stock of the product is unchanged in net but
 *   every unit that moved is on the ledger.
 * - EXC-2 different product: a linked pair of slips, an inbound slip (RK…) and an outbound slip (CK…),
 *   both pointing at the exchange record.
 * The replacement is an outbound line like any other: also run `checkOutbound` on it (stock, OUT-5, OUT-7).
 * A returned item with a quality problem goes to faulty stock (不良品), never back on the shelf; only
 * an item that passed inspection is restocked as sellable.
 */
export const exchangeKinds = ['same', 'different'] as const;
export type ExchangeKind = (typeof exchangeKinds)[number];

export const inspectionResults = ['ok', 'defective'] as const;
/** 'defective' = a quality problem was found. */
export type InspectionResult = (typeof inspectionResults)[number];

export interface Inspection {
  result: InspectionResult;
  note: string;
}

export interface Exchange {
  id?: number;
  kind: ExchangeKind;
  at: number;
  day: string;
  handlerId: number;
  handlerName: string;
  customerId?: number;
  /** The purchase slip the returned goods originally left on. */
  slipId?: number;
  /** What comes back, positive qty. */
  returned: MovementLine;
  /** What goes out, positive qty; the same product for EXC-1. */
  replacement: MovementLine;
  inspection: Inspection;
  /** EXC-1: both the same HH… number; EXC-2: RK… (in) and CK… (out). */
  inDocNo: string;
  outDocNo: string;
  reason?: string;
  /** How the replacement leaves (absent on exchanges recorded before it was kept: collected). */
  delivery?: DeliveryMode;
  /**
   * EXC-2 by courier (delivery 'ship'): the replacement goes through the shipping steps like a slip
   * (OUT-2 list, OUT-4 count, SHP-2 waybill) and leaves stock when the parcel is posted as shipped
   * (`shipping.released`). Absent on courier exchanges recorded before: their outbound was posted
   * with the exchange.
   */
  shipping?: ExchangeShipping;
}

/** The exchange's replacement still waits for its parcel to be posted: no outbound movement yet. */
export function awaitsShipment(ex: Pick<Exchange, 'shipping'>): boolean {
  return ex.shipping !== undefined && ex.shipping.released === undefined;
}

/**
 * The local day the replacement left stock: the exchange's day, or — shipped by courier through the
 * shipping steps — the day its parcel was posted; undefined while it waits for that.
 */
export function exchangeOutboundDay(ex: Pick<Exchange, 'day' | 'shipping'>): string | undefined {
  if (!ex.shipping) return ex.day;
  return ex.shipping.released ? toIsoDate(ex.shipping.released.at) : undefined;
}

/** Where the returned goods go: an item with a quality problem to faulty stock, one that passed to the shelf. */
export function returnedLocation(inspection: Pick<Inspection, 'result'>): StockLocation {
  return inspection.result === 'defective' ? 'faulty' : 'sellable';
}

/** The returned side as a movement line: positive, in the place its inspection decides. */
export function returnedLine(ex: Pick<Exchange, 'returned' | 'inspection'>): MovementLine {
  const location = returnedLocation(ex.inspection);
  return { productId: ex.returned.productId, qty: ex.returned.qty, ...(location === 'faulty' ? { location } : {}) };
}

/** The number series each side of an exchange is drawn from. */
export function exchangeDocPrefixes(kind: ExchangeKind): { in: string; out: string } {
  return kind === 'same'
    ? { in: stockDocPrefixes.exchange, out: stockDocPrefixes.exchange }
    : { in: stockDocPrefixes.inbound, out: stockDocPrefixes.outbound };
}

function inspectionIssues(i: Inspection | undefined): Issue[] {
  if (!i || !inspectionResults.includes(i.result)) return [issue('inspection.result', 'stock.exchange.inspectionRequired')];
  if (i.result === 'defective' && i.note.trim() === '') return [issue('inspection.note', 'stock.exchange.inspectionNoteRequired')];
  return [];
}

function kindIssues(ex: Exchange): Issue[] {
  const sameProduct = ex.returned.productId === ex.replacement.productId;
  if (ex.kind === 'same' && !sameProduct) return [issue('replacement.productId', 'stock.exchange.sameNeedsSameProduct')];
  if (ex.kind === 'same' && ex.returned.qty !== ex.replacement.qty) return [issue('replacement.qty', 'stock.exchange.sameNeedsSameQty')];
  if (ex.kind === 'different' && sameProduct) return [issue('replacement.productId', 'stock.exchange.differentNeedsOtherProduct')];
  return [];
}

function docNoIssues(ex: Exchange): Issue[] {
  const want = exchangeDocPrefixes(ex.kind);
  const issues: Issue[] = [];
  if (parseDocNo(ex.inDocNo)?.prefix !== want.in) issues.push(issue('inDocNo', 'stock.error.badDocNo'));
  if (parseDocNo(ex.outDocNo)?.prefix !== want.out) issues.push(issue('outDocNo', 'stock.error.badDocNo'));
  if (ex.kind === 'same' && ex.inDocNo !== ex.outDocNo) issues.push(issue('outDocNo', 'stock.error.badDocNo'));
  return issues;
}

/** EXC-1/EXC-2: the shape of an exchange, before looking at the products. */
export function validateExchange(ex: Exchange): Issue[] {
  const issues: Issue[] = [];
  if (!exchangeKinds.includes(ex.kind)) issues.push(issue('kind', 'stock.exchange.kindRequired'));
  for (const side of ['returned', 'replacement'] as const) {
    const bad = quantityIssue(ex[side].qty, `${side}.qty`);
    if (bad) issues.push(bad);
  }
  return [...issues, ...inspectionIssues(ex.inspection), ...kindIssues(ex), ...docNoIssues(ex)];
}

/** OUT-6: a test chamber that left the warehouse without a quality problem is not exchanged. */
function testChamberIssues(ex: Exchange, products: ReadonlyMap<number, Product>): Issue[] {
  const returned = products.get(ex.returned.productId);
  if (!returned?.isTestChamber || ex.inspection.result === 'defective') return [];
  return [issue('returned.productId', 'stock.exchange.testChamberNoQualityProblem')];
}

/** Every refusal an exchange meets: shape (EXC-1/EXC-2), unknown products, OUT-6. */
export function checkExchange(ex: Exchange, products: ReadonlyMap<number, Product>): Issue[] {
  const issues = validateExchange(ex);
  if (!products.has(ex.returned.productId)) issues.push(issue('returned.productId', 'stock.out.unknownProduct'));
  if (!products.has(ex.replacement.productId)) issues.push(issue('replacement.productId', 'stock.out.unknownProduct'));
  if (issues.some((i) => i.path === 'inspection.result')) return issues;
  return [...issues, ...testChamberIssues(ex, products)];
}

/**
 * EXC-1/EXC-2: the inbound (restock, or faulty stock after a quality problem) and outbound
 * (replacement) movements of a checked exchange. Throws when refused.
 */
export function exchangeMovements(ex: Exchange & { id: number }, products: ReadonlyMap<number, Product>): { inbound: Movement; outbound: Movement } {
  assertValid(checkExchange(ex, products));
  const ref: MovementRef = { type: 'exchange', id: ex.id };
  const common = { at: ex.at, day: ex.day, handlerId: ex.handlerId, handlerName: ex.handlerName, ref };
  const customer = ex.customerId !== undefined ? { customerId: ex.customerId } : {};
  return {
    inbound: { ...common, ...customer, docNo: ex.inDocNo, kind: 'exchangeIn', lines: [returnedLine(ex)] },
    outbound: { ...common, ...customer, docNo: ex.outDocNo, kind: 'exchangeOut', lines: [{ productId: ex.replacement.productId, qty: -ex.replacement.qty }] },
  };
}

/**
 * EXC-2 by courier: the replacement's outbound movement, posted when its parcel is posted as shipped
 * (by whoever released it, at that time and on that day), under the exchange's outbound number.
 */
export function courierOutboundMovement(ex: Exchange & { id: number }, released: { staffId: number; name: string; at: number }): Movement {
  return {
    at: released.at, day: toIsoDate(released.at), handlerId: released.staffId, handlerName: released.name, ref: { type: 'exchange', id: ex.id },
    ...(ex.customerId !== undefined ? { customerId: ex.customerId } : {}),
    docNo: ex.outDocNo, kind: 'exchangeOut', lines: [{ productId: ex.replacement.productId, qty: -ex.replacement.qty }],
  };
}
