import { receiptDiscrepancies, validateReceipt, type ReceiptDiscrepancy, type ReceiptLine } from '@shared/stock/receiving';
import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';

export interface ReceiptLineRow {
  productId: number | null;
  noteQty: string;
  countedQty: string;
}

export interface ReceiptFormValues {
  deliveryNoteNo: string;
  supplier: string;
  note: string;
  lines: ReceiptLineRow[];
}

export const blankReceiptLine = (): ReceiptLineRow => ({ productId: null, noteQty: '', countedQty: '' });

export function emptyReceiptForm(): ReceiptFormValues {
  return { deliveryNoteNo: '', supplier: '', note: '', lines: [blankReceiptLine()] };
}

/** What `postReceipt` takes besides the two confirmations. */
export interface ReceiptDraft {
  deliveryNoteNo: string;
  supplier?: string;
  note?: string;
  lines: ReceiptLine[];
}

const isBlankRow = (r: ReceiptLineRow) => r.productId === null && r.noteQty.trim() === '' && r.countedQty.trim() === '';

/** 'lines.3.qty' (an index into the draft's lines) → the form row it came from. */
function toFormRow(issue: Issue, rows: readonly number[]): Issue {
  const m = /^lines\.(\d+)\.(.+)$/.exec(issue.path);
  const row = m ? rows[Number(m[1])] : undefined;
  return row === undefined || !m ? issue : { ...issue, path: `lines.${row}.${m[2]}` };
}

function readRow(r: ReceiptLineRow, i: number, issues: Issue[]): ReceiptLine | undefined {
  const note = parseQuantity(r.noteQty, 'nonNegative');
  const counted = parseQuantity(r.countedQty, 'nonNegative');
  if (r.productId === null) issues.push({ path: `lines.${i}.productId`, message: 'stockui.line.productRequired' });
  if (!note.ok) issues.push({ path: `lines.${i}.noteQty`, message: note.message });
  if (!counted.ok) issues.push({ path: `lines.${i}.countedQty`, message: counted.message });
  return r.productId !== null && note.ok && counted.ok ? { productId: r.productId, noteQty: note.value, countedQty: counted.value } : undefined;
}

/**
 * IN-2: the form → a receipt draft, every issue at its form row's field. Fully blank rows are left
 * out; the rest are read (a negative or non-integer quantity is refused at the field) and then
 * checked by `validateReceipt`, the repository's own rule (the two signers are checked at posting).
 */
export function formToReceipt(v: ReceiptFormValues): { draft: ReceiptDraft; issues: Issue[] } {
  const issues: Issue[] = [];
  const lines: ReceiptLine[] = [];
  const rows: number[] = [];
  v.lines.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const line = readRow(r, i, issues);
    if (line) {
      lines.push(line);
      rows.push(i);
    }
  });
  const supplier = v.supplier.trim();
  const note = v.note.trim();
  const draft: ReceiptDraft = { deliveryNoteNo: v.deliveryNoteNo.trim(), lines, ...(supplier ? { supplier } : {}), ...(note ? { note } : {}) };
  const signers = { receiverId: 1, receiverName: '-', keeperId: 2, keeperName: '-' };
  const stamp = { docNo: '', at: 0, day: '', handlerId: 1, handlerName: '-' };
  const ruleIssues = validateReceipt({ ...stamp, ...signers, ...draft })
    .filter((i) => !(i.path === 'lines' && issues.length > 0))
    .map((i) => toFormRow(i, rows));
  return { draft, issues: [...issues, ...ruleIssues] };
}

/** IN-3 preview while typing: the rows already readable whose count differs from the note. */
export function previewDiscrepancies(v: ReceiptFormValues): ReceiptDiscrepancy[] {
  const lines = v.lines.flatMap((r) => {
    const note = parseQuantity(r.noteQty, 'nonNegative');
    const counted = parseQuantity(r.countedQty, 'nonNegative');
    return r.productId !== null && note.ok && counted.ok ? [{ productId: r.productId, noteQty: note.value, countedQty: counted.value }] : [];
  });
  return receiptDiscrepancies({ lines });
}
