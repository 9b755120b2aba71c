import type { VoidMark } from '../auth/approval';
import type { MovementLine } from '../stock/ledger';
import type { DeliveryMode, OrderType } from '../stock/outbound';
import { shipStatuses, type PhoneConfirmation, type ShipStatus, type SlipStatus, type StaffStamp, type StockCount, type Waybill } from '../slips/purchase-slip';

/**
 * What leaves by courier. A purchase slip ships (OUT-2), and so does the replacement of an exchange
 * whose 换出方式 is 快递发货 (EXC-2): both go through the same steps — the shipping detail list, the
 * SHP-1 call, picking, the two-person count (OUT-4), the waybill (SHP-2), posting with its shipment
 * log entry (SHP-3) — and the same follow-up (SHP-4, SHP-5). Shipping lists and shipments refer to
 * their source document; the steps see any source as a `ShipDoc`.
 */
export const shipSourceTypes = ['slip', 'exchange'] as const;
export type ShipSourceType = (typeof shipSourceTypes)[number];

export interface ShipSource {
  type: ShipSourceType;
  id: number;
}

export function slipSource(id: number): ShipSource {
  return { type: 'slip', id };
}

export function exchangeSource(id: number): ShipSource {
  return { type: 'exchange', id };
}

export function sameSource(a: ShipSource | undefined, b: ShipSource | undefined): boolean {
  return a !== undefined && b !== undefined && a.type === b.type && a.id === b.id;
}

/** 'slip:12' / 'exchange:3': a key for maps and React lists. */
export function sourceKey(s: ShipSource): string {
  return `${s.type}:${s.id}`;
}

/** What a shipping list or a shipment says it belongs to: `slipId` (every row before exchanges shipped) or `exchangeId`. */
export interface SourceRefs {
  slipId?: number;
  exchangeId?: number;
}

export function sourceOf(r: SourceRefs): ShipSource | undefined {
  if (r.slipId !== undefined) return slipSource(r.slipId);
  if (r.exchangeId !== undefined) return exchangeSource(r.exchangeId);
  return undefined;
}

/** The fields a row stores to refer to its source. */
export function sourceRefs(s: ShipSource): SourceRefs {
  return s.type === 'slip' ? { slipId: s.id } : { exchangeId: s.id };
}

/**
 * The shipping steps' state, kept on the source: on a purchase slip in its own fields (as before),
 * on a courier exchange as `exchange.shipping`.
 */
export interface ShipFlowState {
  status: ShipStatus;
  phoneConfirmation?: PhoneConfirmation;
  shippingListId?: number;
  pickingStartedAt?: number;
  counts: StockCount[];
  waybillPrintedAt?: number;
  waybill?: Waybill;
  /** When the goods left (the outbound movement was posted), and by whom. */
  released?: StaffStamp;
}

/** A new courier shipment's state: nothing done yet. */
export function newShipFlow(): ShipFlowState {
  return { status: 'draft', counts: [] };
}

/** The part of a record the shipping steps read and change (a PurchaseSlip is one). */
export interface FlowDoc {
  status: SlipStatus;
  delivery: DeliveryMode;
  voided?: VoidMark;
  lines: readonly MovementLine[];
  /** Yuan; 0 for an exchange (SHP-1's amount threshold then never applies). */
  total: number;
  day: string;
  phoneConfirmation?: PhoneConfirmation;
  shippingListId?: number;
  pickingStartedAt?: number;
  counts: StockCount[];
  waybillPrintedAt?: number;
  waybill?: Waybill;
  released?: StaffStamp;
  updatedAt: number;
}

/** A document leaving by courier, as the shipping screens and steps see it. */
export interface ShipDoc extends FlowDoc {
  source: ShipSource;
  /** The number it is known by: GX… for a slip, the exchange's outbound number (CK… / HH…). */
  no: string;
  customerId: number;
  orderType: OrderType;
  remarks: string;
  /** A slip's print (OUT-2: shipping waits for it); an exchange has no slip to print. */
  printedAt?: number;
  screenshotPrintedAt?: number;
  createdAt: number;
}

export function isShipStatus(s: SlipStatus): s is ShipStatus {
  return shipStatuses.some((x) => x === s);
}

/** The flow state of a document, to store back on its source. */
export function flowOf(d: FlowDoc): ShipFlowState {
  return {
    status: isShipStatus(d.status) ? d.status : 'draft',
    counts: d.counts.map((c) => ({ ...c, lines: c.lines.map((l) => ({ ...l })) })),
    ...(d.phoneConfirmation ? { phoneConfirmation: { ...d.phoneConfirmation } } : {}),
    ...(d.shippingListId !== undefined ? { shippingListId: d.shippingListId } : {}),
    ...(d.pickingStartedAt !== undefined ? { pickingStartedAt: d.pickingStartedAt } : {}),
    ...(d.waybillPrintedAt !== undefined ? { waybillPrintedAt: d.waybillPrintedAt } : {}),
    ...(d.waybill ? { waybill: { ...d.waybill } } : {}),
    ...(d.released ? { released: { ...d.released } } : {}),
  };
}

/** The courier part of an exchange, as kept on the record (`exchange.shipping`). */
export interface ExchangeShipping extends ShipFlowState {
  updatedAt: number;
}

/** What a courier exchange gives the shipping steps (the fields of shared/stock/exchange.ts it reads). */
export interface CourierExchange {
  id: number;
  at: number;
  day: string;
  customerId?: number;
  replacement: MovementLine;
  outDocNo: string;
  reason?: string;
  shipping?: ExchangeShipping;
}

/**
 * EXC-2 by courier: the exchange as a shipping document. What leaves is the replacement; it is known
 * by its outbound number; it has no amount (the SHP-1 amount threshold never applies) and no slip to print.
 */
export function exchangeShipDoc(ex: CourierExchange): ShipDoc | undefined {
  if (!ex.shipping || ex.customerId === undefined) return undefined;
  const { updatedAt, ...flow } = ex.shipping;
  return {
    ...flow,
    source: exchangeSource(ex.id), no: ex.outDocNo, customerId: ex.customerId, orderType: 'normal', remarks: ex.reason ?? '',
    delivery: 'ship', lines: [{ productId: ex.replacement.productId, qty: ex.replacement.qty }], total: 0, day: ex.day,
    createdAt: ex.at, updatedAt,
  };
}

/** The flow state to store back on the exchange after a step. */
export function exchangeShippingOf(d: FlowDoc): ExchangeShipping {
  return { ...flowOf(d), updatedAt: d.updatedAt };
}

/** A shipping slip as a shipping document: it already carries every field the steps read. */
export function slipShipDoc<S extends Omit<ShipDoc, 'source'> & { id: number }>(slip: S): S & ShipDoc {
  return { ...slip, source: slipSource(slip.id) };
}
