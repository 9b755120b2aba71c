import { exchangeOutboundDay, returnedLine, type Exchange } from './exchange';
import type { MovementRef } from './ledger';
import { copyLine, type CustomerReturn } from './returns';
import type { Receipt } from './receiving';
import type { SettlementDocument } from './settlement';
import type { Scrap } from './scrap';
import type { StockTake } from './stock-take';
import { variances } from './stock-take';

/**
 * The WH-1 settlement documents of the records this module owns: what each paper says moved.
 * Purchase slips and shipping lists supply their own in the same shape (renderer/db/slip-settlement.ts).
 */

/** An inbound slip from a supplier: the counted quantities (the note's go to the discrepancy record, IN-3). */
export function receiptDocument(r: Receipt & { id: number }): SettlementDocument {
  const lines = r.lines.filter((l) => l.countedQty > 0).map((l) => ({ productId: l.productId, qty: l.countedQty }));
  return { ref: { type: 'receipt', id: r.id }, docNo: r.docNo, lines, paper: 'receipt' };
}

/** IN-4: the return's inbound slip, each line in its place (faulty goods to faulty stock). */
export function returnDocument(r: CustomerReturn & { id: number }): SettlementDocument {
  return { ref: { type: 'return', id: r.id }, docNo: r.docNo, lines: r.lines.map(copyLine), paper: 'customerReturn' };
}

/**
 * EXC-1/EXC-2: the exchange's inbound slip (the returned item, in the place its inspection decides)
 * and its outbound slip (the replacement, with how it left). EXC-1's two share the HH… number.
 */
export function exchangeDocuments(ex: Exchange & { id: number }): SettlementDocument[] {
  const ref: MovementRef = { type: 'exchange', id: ex.id };
  return [
    { ref, docNo: ex.inDocNo, lines: [returnedLine(ex)], paper: 'inboundSlip' },
    { ref, docNo: ex.outDocNo, lines: [{ productId: ex.replacement.productId, qty: -ex.replacement.qty }], paper: 'outboundSlip', delivery: ex.delivery ?? 'pickup' },
  ];
}

/**
 * The exchange's papers that count on `day`: its inbound slip on the exchange's day, its outbound slip
 * on the day the replacement left — for a courier exchange the day its parcel was posted (EXC-2),
 * none while it waits.
 */
export function exchangeDocumentsOn(ex: Exchange & { id: number }, day: string): SettlementDocument[] {
  const [inbound, outbound] = exchangeDocuments(ex);
  return [...(ex.day === day && inbound ? [inbound] : []), ...(exchangeOutboundDay(ex) === day && outbound ? [outbound] : [])];
}

export function stockTakeDocument(take: StockTake & { id: number }): SettlementDocument {
  const lines = variances(take).map((v) => ({ productId: v.productId, qty: v.variance }));
  return { ref: { type: 'stockTake', id: take.id }, docNo: take.docNo, lines, paper: 'stockTake' };
}

/** A scrap's 报废单: the faulty goods it took out. */
export function scrapDocument(s: Scrap & { id: number }): SettlementDocument {
  return { ref: { type: 'scrap', id: s.id }, docNo: s.docNo, lines: s.lines.map((l) => ({ productId: l.productId, qty: -l.qty, location: 'faulty' as const })), paper: 'scrap' };
}
