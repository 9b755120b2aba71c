import type { DeliveryMode } from './outbound';
import type { MovementKind, MovementRef, RefType } from './ledger';
import type { StockMessage } from './messages';

/**
 * WH-1: the paper a day's movements are reconciled against. Each record that moves goods supplies
 * its papers for the settlement (settlement-documents.ts and the repository's sources): a receipt is
 * its 入库单, a return its 退货入库单, an exchange its 入库单 and 出库单, a released purchase slip its
 * 产品购销单 and — shipped — its 发货明细表, a stock take its 盘点单, a scrap its 报废单, the parts a service
 * report used their 备件出库 record (the release the warehouse keeper confirmed, SVC-3).
 */
export const paperTypes = ['receipt', 'customerReturn', 'inboundSlip', 'outboundSlip', 'purchaseSlip', 'shippingList', 'stockTake', 'scrap', 'partsRelease'] as const;
export type PaperType = (typeof paperTypes)[number];

export type Direction = 'in' | 'out';

/** Which way the goods a paper names move: a count goes either way. */
export function paperDirections(paper: PaperType): readonly Direction[] {
  switch (paper) {
    case 'receipt':
    case 'customerReturn':
    case 'inboundSlip':
      return ['in'];
    case 'outboundSlip':
    case 'purchaseSlip':
    case 'shippingList':
    case 'scrap':
    case 'partsRelease':
      return ['out'];
    case 'stockTake':
      return ['in', 'out'];
  }
}

/** A paper as the rules see it: its type, and for outbound paper how the goods left. */
export interface PaperFacts {
  paper?: PaperType;
  delivery?: DeliveryMode;
}

/** A paper a movement must be matched to, and what the mismatch says when it is not there. */
export interface RequiredPaper {
  paper: PaperType;
  missing: StockMessage;
}

/**
 * One rule per kind of movement: the record it carries out and the papers it must be matched to,
 * given the papers found for that record (a shipped slip or exchange also needs its shipping list).
 * A record type that starts moving goods adds its rule here; a movement no rule knows is listed as
 * a movement without a document.
 */
export interface MovementRule {
  kind: MovementKind;
  refType: RefType;
  requires: (found: readonly PaperFacts[]) => RequiredPaper[];
}

const shipped = (found: readonly PaperFacts[], paper: PaperType) => found.some((p) => p.paper === paper && p.delivery === 'ship');

export const movementRules: readonly MovementRule[] = [
  { kind: 'receive', refType: 'receipt', requires: () => [{ paper: 'receipt', missing: 'stock.reconcile.missing.receipt' }] },
  { kind: 'return', refType: 'return', requires: () => [{ paper: 'customerReturn', missing: 'stock.reconcile.missing.return' }] },
  {
    kind: 'issue', refType: 'slip',
    requires: (found) => [
      { paper: 'purchaseSlip', missing: 'stock.reconcile.missing.purchaseSlip' },
      ...(shipped(found, 'purchaseSlip') ? [{ paper: 'shippingList' as const, missing: 'stock.reconcile.missing.slipShippingList' as const }] : []),
    ],
  },
  { kind: 'exchangeIn', refType: 'exchange', requires: () => [{ paper: 'inboundSlip', missing: 'stock.reconcile.missing.exchangeIn' }] },
  {
    kind: 'exchangeOut', refType: 'exchange',
    requires: (found) => [
      { paper: 'outboundSlip', missing: 'stock.reconcile.missing.exchangeOut' },
      // A courier exchange ships like a slip: without its shipping list (OUT-2, SHP-2..5) it is a mismatch.
      ...(shipped(found, 'outboundSlip') ? [{ paper: 'shippingList' as const, missing: 'stock.reconcile.missing.exchangeShippingList' as const }] : []),
    ],
  },
  { kind: 'adjust', refType: 'stockTake', requires: () => [{ paper: 'stockTake', missing: 'stock.reconcile.missing.stockTake' }] },
  { kind: 'scrap', refType: 'scrap', requires: () => [{ paper: 'scrap', missing: 'stock.reconcile.missing.scrap' }] },
  // SVC-3: parts taken out for a service report leave only through the release the keeper confirmed.
  { kind: 'issue', refType: 'serviceReport', requires: () => [{ paper: 'partsRelease', missing: 'stock.reconcile.missing.partsRelease' }] },
];

/** The rule for a movement, or undefined when no rule knows its kind of record. */
export function ruleFor(m: { kind: MovementKind; ref?: MovementRef }, rules: readonly MovementRule[] = movementRules): MovementRule | undefined {
  return m.ref ? rules.find((r) => r.kind === m.kind && r.refType === m.ref?.type) : undefined;
}
