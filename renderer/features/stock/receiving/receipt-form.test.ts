import { describe, expect, it } from 'vitest';
import { blankReceiptLine, emptyReceiptForm, formToReceipt, previewDiscrepancies, type ReceiptFormValues } from './receipt-form';

const form = (lines: ReceiptFormValues['lines'], deliveryNoteNo = 'SH-8899'): ReceiptFormValues => ({ ...emptyReceiptForm(), deliveryNoteNo, lines });

describe('receiving form', () => {
  it('IN-2: reads a delivery note with counted quantities, leaving blank rows out', () => {
    const { draft, issues } = formToReceipt(form([{ productId: 4, noteQty: '10', countedQty: '8' }, blankReceiptLine()]));
    expect(issues).toEqual([]);
    expect(draft).toEqual({ deliveryNoteNo: 'SH-8899', lines: [{ productId: 4, noteQty: 10, countedQty: 8 }] });
  });

  it('IN-2: the delivery note number and at least one line are required', () => {
    const { issues } = formToReceipt(form([blankReceiptLine()], ' '));
    expect(issues.map((i) => i.path).sort()).toEqual(['deliveryNoteNo', 'lines']);
  });

  it('refuses a negative or non-integer quantity at the field of its row', () => {
    const { issues } = formToReceipt(form([blankReceiptLine(), { productId: 4, noteQty: '-1', countedQty: '2.5' }]));
    expect(issues).toEqual([
      { path: 'lines.1.noteQty', message: 'stock.qty.negative' },
      { path: 'lines.1.countedQty', message: 'stock.qty.notInteger' },
    ]);
  });

  it('asks for the product of a row that has quantities, and refuses a product twice at its form row', () => {
    expect(formToReceipt(form([{ productId: null, noteQty: '1', countedQty: '1' }])).issues).toEqual([
      { path: 'lines.0.productId', message: 'stockui.line.productRequired' },
    ]);
    const twice = formToReceipt(form([{ productId: 4, noteQty: '1', countedQty: '1' }, blankReceiptLine(), { productId: 4, noteQty: '2', countedQty: '2' }]));
    expect(twice.issues).toEqual([{ path: 'lines.2.productId', message: 'stock.error.duplicateLine' }]);
  });

  it('IN-3: previews a short count as a discrepancy, and none when the count equals the note', () => {
    expect(previewDiscrepancies(form([{ productId: 4, noteQty: '10', countedQty: '8' }]))).toEqual([
      { productId: 4, noteQty: 10, countedQty: 8, difference: -2 },
    ]);
    expect(previewDiscrepancies(form([{ productId: 4, noteQty: '10', countedQty: '10' }]))).toEqual([]);
  });
});
