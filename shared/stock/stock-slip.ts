import { locationOf, type Movement, type MovementKind, type MovementRef, type StockLocation } from './ledger';

/**
 * The inbound and outbound slips (入库单 / 出库单): every stock movement has one (DOMAIN.md). A slip is
 * what the ledger says moved under one document number in one direction — RK… a receipt, a return or
 * an exchange's returned side; CK… a release, a replacement or a scrap; HH… the two sides of a
 * same-product exchange (EXC-1), one inbound and one outbound slip under the same number. The slip is
 * read from the movements themselves, so it can never disagree with the ledger.
 */
export type SlipDirection = 'in' | 'out';

/** What a slip is for (入库类别 / 出库类别), as printed on it. */
export const slipCategories = [
  'purchase', 'customerReturn', 'exchangeIn', 'exchangeOut', 'sale', 'servicePart', 'issue', 'stockTakeGain', 'stockTakeLoss', 'scrap',
] as const;
export type SlipCategory = (typeof slipCategories)[number];

export interface StockSlipLine {
  productId: number;
  /** Positive: the direction is the slip's. */
  qty: number;
  location: StockLocation;
}

export interface StockSlip {
  docNo: string;
  direction: SlipDirection;
  category: SlipCategory;
  day: string;
  at: number;
  handlerName: string;
  /** The record the goods moved for. */
  ref?: MovementRef;
  customerId?: number;
  movementIds: number[];
  lines: StockSlipLine[];
}

/** 入库类别 / 出库类别 from the kind of movement, what it was for, and its direction (a count goes either way). */
export function slipCategory(kind: MovementKind, ref: MovementRef | undefined, direction: SlipDirection): SlipCategory {
  switch (kind) {
    case 'receive':
      return 'purchase';
    case 'return':
      return 'customerReturn';
    case 'exchangeIn':
      return 'exchangeIn';
    case 'exchangeOut':
      return 'exchangeOut';
    case 'adjust':
      return direction === 'in' ? 'stockTakeGain' : 'stockTakeLoss';
    case 'scrap':
      return 'scrap';
    case 'issue':
      return ref?.type === 'slip' ? 'sale' : ref?.type === 'serviceReport' ? 'servicePart' : 'issue';
  }
}

const slipKey = (docNo: string, direction: SlipDirection) => `${docNo}|${direction}`;

/** The slips of some movements: one per document number and direction, lines summed per product and place. */
export function slipsOfMovements(movements: readonly (Movement & { id: number })[]): StockSlip[] {
  const slips = new Map<string, StockSlip>();
  for (const m of [...movements].sort((a, b) => a.at - b.at || a.id - b.id)) {
    for (const l of m.lines) {
      const direction: SlipDirection = l.qty >= 0 ? 'in' : 'out';
      const key = slipKey(m.docNo, direction);
      let slip = slips.get(key);
      if (!slip) {
        slip = {
          docNo: m.docNo, direction, category: slipCategory(m.kind, m.ref, direction), day: m.day, at: m.at, handlerName: m.handlerName, movementIds: [], lines: [],
          ...(m.ref ? { ref: m.ref } : {}), ...(m.customerId !== undefined ? { customerId: m.customerId } : {}),
        };
        slips.set(key, slip);
      }
      if (!slip.movementIds.includes(m.id)) slip.movementIds.push(m.id);
      const location = locationOf(l);
      const same = slip.lines.find((x) => x.productId === l.productId && x.location === location);
      if (same) same.qty += Math.abs(l.qty);
      else slip.lines.push({ productId: l.productId, qty: Math.abs(l.qty), location });
    }
  }
  // Inbound before outbound at the same moment (an exchange: the returned item comes in first).
  const rank = (d: SlipDirection) => (d === 'in' ? 0 : 1);
  return [...slips.values()].sort((a, b) => a.at - b.at || rank(a.direction) - rank(b.direction) || a.docNo.localeCompare(b.docNo));
}

/** The total quantity on a slip (the 合计 line). */
export function slipTotalQty(slip: Pick<StockSlip, 'lines'>): number {
  return slip.lines.reduce((sum, l) => sum + l.qty, 0);
}

/** Who signed a slip, in their own role (IN-2: the receiver and the keeper; a scrap's approver …). */
export type SlipSignerRole = 'receiver' | 'keeper' | 'approver';

export interface SlipSigner {
  role: SlipSignerRole;
  name: string;
}

/** What the source record adds to a slip: the document the goods moved for, the other party, the signers. */
export interface SlipSource {
  /** 送货单号, 购销单号, 换货单的另一张单据 … */
  sourceNo?: string;
  /** The supplier or the customer. */
  counterparty?: string;
  signers: SlipSigner[];
  note?: string;
}

export type StockSlipView = StockSlip & { source: SlipSource };
