import type { PurchaseSlip } from '../slips/purchase-slip';
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
