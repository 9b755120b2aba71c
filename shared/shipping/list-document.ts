import type { PurchaseSlip } from '../slips/purchase-slip';
import { exchangeOutboundDay, type Exchange } from '../stock/exchange';
import { slipDocument } from '../slips/slip-documents';
import type { SettlementDocument } from '../stock/settlement';
import type { ShippingList } from './shipping-list';

/** 发货明细表 carry their slip's number under their own prefix: GX20261127-001 → FH20261127-001. */
export const shippingListDocPrefix = 'FH';

export function shippingListDocNo(slipNo: string): string {
  return slipNo.replace(/^[A-Z]{2}/, shippingListDocPrefix);
}

/**
 * WH-1: the shipping list of a released shipping slip, as its own paper for the settlement. The list
 * names goods by category; the hand-over checked it says what the slip says (listMatchesSlip), so its
 * product lines are the slip's. It refers to the slip, whose outbound movement it is matched against.
 */
export function shippingListDocument(list: Pick<ShippingList, 'slipId'>, slip: PurchaseSlip & { id: number }): SettlementDocument | undefined {
  if (slip.delivery !== 'ship' || list.slipId !== slip.id) return undefined;
  const doc = slipDocument(slip);
  return doc ? { ...doc, docNo: shippingListDocNo(slip.no) } : undefined;
}

/**
 * An exchange's shipping list is numbered after the exchange's outbound slip, FH/CK20261127-002 (or
 * FH/HH…): a slip's FH number of the same day and sequence stays a different paper.
 */
export function exchangeShippingListDocNo(outDocNo: string): string {
  return `${shippingListDocPrefix}/${outDocNo}`;
}

/**
 * WH-1: the shipping list of a courier exchange (EXC-2), as its own paper matched against the
 * exchange's outbound movement: the replacement it ships. The hand-over checked it names the same
 * quantity per goods category.
 */
export function exchangeShippingListDocument(list: Pick<ShippingList, 'exchangeId'>, ex: Pick<Exchange, 'id' | 'delivery' | 'replacement' | 'outDocNo'>): SettlementDocument | undefined {
  if (ex.id === undefined || ex.delivery !== 'ship' || list.exchangeId !== ex.id) return undefined;
  return {
    ref: { type: 'exchange', id: ex.id }, docNo: exchangeShippingListDocNo(ex.outDocNo), paper: 'shippingList',
    lines: [{ productId: ex.replacement.productId, qty: -ex.replacement.qty }],
  };
}

/**
 * WH-1: the shipping lists of the courier exchanges whose replacement left on `day` (EXC-2), as
 * papers. A courier exchange still waiting for its parcel has moved nothing and has none; one that
 * left without a list has none either, and the reconciliation rule lists it. The daily settlement
 * and the data check (数据自检, every day an exchange moved goods) read them the same way.
 */
export function exchangeShippingListDocumentsOn(
  exchanges: readonly Pick<Exchange, 'id' | 'day' | 'delivery' | 'replacement' | 'outDocNo' | 'shipping'>[],
  lists: readonly Pick<ShippingList, 'exchangeId'>[],
  day: string,
): SettlementDocument[] {
  const left = exchanges.filter((ex) => ex.delivery === 'ship' && exchangeOutboundDay(ex) === day);
  return left.flatMap((ex) => lists.flatMap((l) => exchangeShippingListDocument(l, ex) ?? []));
}
