import type { Issue } from '../validation';
import { assertValid } from '../validation';
import type { Movement, MovementStamp } from './ledger';
import { issue } from './messages';
import { quantityIssue } from './quantity';

/** One product on a supplier delivery: what the note (供应商出库单) says and what was counted. */
export interface ReceiptLine {
  productId: number;
  noteQty: number;
  countedQty: number;
}

/**
 * Receiving goods from a supplier (IN-2, IN-3). The receipt is the inbound slip (入库单): its `docNo`
 * (RK…) is also the movement's. `receiverId` is who took the goods from the carrier (logistics, the
 * warehouse or the front desk) and `keeperId` the warehouse keeper: both counted and confirmed with
 * their own PIN, each recorded in their own role; `handlerId` is who entered it.
 */
export interface Receipt extends MovementStamp {
  id?: number;
  deliveryNoteNo: string;
  supplier?: string;
  receiverId: number;
  receiverName: string;
  keeperId: number;
  keeperName: string;
  lines: ReceiptLine[];
  note?: string;
  /**
   * IN-2: the earlier inbound slip that received the same delivery-note number, when the two who
   * counted confirmed that this is another delivery all the same (a repeat is warned about).
   */
  repeatsDocNo?: string;
}

/** IN-2: the same delivery-note number (any case, spaces trimmed) from the same supplier, or where either names none. */
export function isSameDeliveryNote(a: Pick<Receipt, 'deliveryNoteNo' | 'supplier'>, b: Pick<Receipt, 'deliveryNoteNo' | 'supplier'>): boolean {
  const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();
  if (norm(a.deliveryNoteNo) === '' || norm(a.deliveryNoteNo) !== norm(b.deliveryNoteNo)) return false;
  return norm(a.supplier) === '' || norm(b.supplier) === '' || norm(a.supplier) === norm(b.supplier);
}

/** A line whose count differs from the delivery note (IN-3). */
export interface ReceiptDiscrepancy {
  productId: number;
  noteQty: number;
  countedQty: number;
  /** counted − note: negative when short, positive when over. */
  difference: number;
}

/** The discrepancy record (差异) reported to the supervisor; it stays open until handled. */
export interface Discrepancy extends ReceiptDiscrepancy {
  id?: number;
  receiptId: number;
  receiptDocNo: string;
  day: string;
  status: 'open' | 'handled';
  handledAt?: number;
  handledById?: number;
  handledByName?: string;
  resolution?: string;
}

function lineIssues(lines: ReceiptLine[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<number>();
  lines.forEach((l, i) => {
    if (seen.has(l.productId)) issues.push(issue(`lines.${i}.productId`, 'stock.error.duplicateLine'));
    seen.add(l.productId);
    const noteBad = quantityIssue(l.noteQty, `lines.${i}.noteQty`, 'nonNegative');
    const countBad = quantityIssue(l.countedQty, `lines.${i}.countedQty`, 'nonNegative');
    if (noteBad) issues.push(noteBad);
    if (countBad) issues.push(countBad);
    if (!noteBad && !countBad && l.noteQty === 0 && l.countedQty === 0) {
      issues.push(issue(`lines.${i}.countedQty`, 'stock.receipt.emptyLine'));
    }
  });
  return issues;
}

function signerIssues(r: Receipt): Issue[] {
  const issues: Issue[] = [];
  const isStaff = (id: number) => Number.isInteger(id) && id > 0;
  if (!isStaff(r.receiverId)) issues.push(issue('receiverId', 'stock.receipt.receiverRequired'));
  if (!isStaff(r.keeperId)) issues.push(issue('keeperId', 'stock.receipt.keeperRequired'));
  if (isStaff(r.receiverId) && r.receiverId === r.keeperId) issues.push(issue('keeperId', 'stock.receipt.sameSigner'));
  return issues;
}

/** IN-2: a delivery is received only against its note number, counted and confirmed by two different staff. */
export function validateReceipt(r: Receipt): Issue[] {
  const issues: Issue[] = [];
  if (r.deliveryNoteNo.trim() === '') issues.push(issue('deliveryNoteNo', 'stock.receipt.noteNoRequired'));
  if (r.lines.length === 0) issues.push(issue('lines', 'stock.error.noLines'));
  issues.push(...lineIssues(r.lines), ...signerIssues(r));
  return issues;
}

/** IN-3: every line whose count differs from the note; a count equal to the note gives none. */
export function receiptDiscrepancies(r: Pick<Receipt, 'lines'>): ReceiptDiscrepancy[] {
  return r.lines
    .filter((l) => l.countedQty !== l.noteQty)
    .map((l) => ({ productId: l.productId, noteQty: l.noteQty, countedQty: l.countedQty, difference: l.countedQty - l.noteQty }));
}

/** IN-3: the open discrepancy records a saved receipt produces (written in the same transaction). */
export function discrepancyRecords(r: Receipt & { id: number }): Discrepancy[] {
  return receiptDiscrepancies(r).map((d) => ({ ...d, receiptId: r.id, receiptDocNo: r.docNo, day: r.day, status: 'open' }));
}

/**
 * IN-2/IN-3: the inbound movement of a valid receipt. Stock takes the COUNTED quantity, never the
 * note's; lines counted 0 move nothing. Undefined when nothing at all was counted (only the
 * discrepancies are recorded then). Throws ValidationError on an invalid receipt.
 */
export function receiptMovement(r: Receipt & { id: number }): Movement | undefined {
  assertValid(validateReceipt(r));
  const lines = r.lines.filter((l) => l.countedQty > 0).map((l) => ({ productId: l.productId, qty: l.countedQty }));
  if (lines.length === 0) return undefined;
  const { docNo, at, day, handlerId, handlerName } = r;
  return { docNo, at, day, handlerId, handlerName, kind: 'receive', lines, ref: { type: 'receipt', id: r.id } };
}

/** Closing a discrepancy needs who handled it and what was done (e.g. 供应商补发, 已退回). */
export function validateDiscrepancyResolution(resolution: string): Issue[] {
  return resolution.trim() === '' ? [issue('resolution', 'stock.discrepancy.resolutionRequired')] : [];
}
