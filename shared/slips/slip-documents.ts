import type { Movement, MovementStamp } from '../stock/ledger';
import { outboundMovement } from '../stock/outbound';
import type { SettlementDocument } from '../stock/settlement';
import type { PurchaseSlip } from './purchase-slip';
import { slipOutboundLines } from './purchase-slip';

type SavedSlip = PurchaseSlip & { id: number };

/** The outbound movement (出库, CK…) a released slip posts: the slip's lines, referring to the slip. */
export function slipMovement(slip: SavedSlip, stamp: MovementStamp): Movement {
  return outboundMovement(slipOutboundLines(slip), stamp, { type: 'slip', id: slip.id }, slip.customerId);
}

/**
 * WH-1: what the slip says left the warehouse, for the daily settlement; undefined until it is
 * released. A released slip voided later still names its movement (the goods did leave; their
 * return is booked on its own inbound slip).
 */
export function slipDocument(slip: SavedSlip): SettlementDocument | undefined {
  if (slip.released === undefined) return undefined;
  const lines = slipOutboundLines(slip).map((l) => ({ productId: l.productId, qty: -l.qty }));
  return { ref: { type: 'slip', id: slip.id }, docNo: slip.no, lines };
}
