import type { Exchange } from './exchange';
import type { MovementRef } from './ledger';
import type { CustomerReturn } from './returns';
import type { Receipt } from './receiving';
import type { SettlementDocument } from './settlement';
import type { StockTake } from './stock-take';
import { variances } from './stock-take';

/**
 * The WH-1 settlement documents of the records this module owns: what each paper says moved.
 * Purchase slips and shipping lists (issue 6) supply their own in the same shape.
 */

/** An inbound slip from a supplier: the counted quantities (the note's go to the discrepancy record, IN-3). */
export function receiptDocument(r: Receipt & { id: number }): SettlementDocument {
  const lines = r.lines.filter((l) => l.countedQty > 0).map((l) => ({ productId: l.productId, qty: l.countedQty }));
  return { ref: { type: 'receipt', id: r.id }, docNo: r.docNo, lines };
}

export function returnDocument(r: CustomerReturn & { id: number }): SettlementDocument {
  return { ref: { type: 'return', id: r.id }, docNo: r.docNo, lines: r.lines.map((l) => ({ productId: l.productId, qty: l.qty })) };
}

/** EXC-1: one 换货单 with both sides; EXC-2: the inbound slip and the outbound slip. */
export function exchangeDocuments(ex: Exchange & { id: number }): SettlementDocument[] {
  const ref: MovementRef = { type: 'exchange', id: ex.id };
  const back = { productId: ex.returned.productId, qty: ex.returned.qty };
  const out = { productId: ex.replacement.productId, qty: -ex.replacement.qty };
  if (ex.kind === 'same') return [{ ref, docNo: ex.inDocNo, lines: [back, out] }];
  return [
    { ref, docNo: ex.inDocNo, lines: [back] },
    { ref, docNo: ex.outDocNo, lines: [out] },
  ];
}

export function stockTakeDocument(take: StockTake & { id: number }): SettlementDocument {
  const lines = variances(take).map((v) => ({ productId: v.productId, qty: v.variance }));
  return { ref: { type: 'stockTake', id: take.id }, docNo: take.docNo, lines };
}
