import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import type { Receipt } from './receiving';
import { discrepancyRecords, receiptDiscrepancies, receiptMovement, validateDiscrepancyResolution, validateReceipt } from './receiving';

function receipt(overrides: Partial<Receipt> = {}): Receipt & { id: number } {
  return {
    id: 7, docNo: 'RK20261127-001', at: 1_700_000_000_000, day: '2026-11-27', handlerId: 2, handlerName: '李库管',
    deliveryNoteNo: 'SUP-8812', supplier: '华东电器', receiverId: 2, receiverName: '李库管', keeperId: 3, keeperName: '赵保管',
    lines: [{ productId: 1, noteQty: 10, countedQty: 10 }, { productId: 2, noteQty: 5, countedQty: 5 }],
    ...overrides,
  };
}

describe('receiving a delivery', () => {
  it('IN-2: a counted delivery confirmed by two different staff is received', () => {
    expect(validateReceipt(receipt())).toEqual([]);
    expect(receiptMovement(receipt())).toEqual({
      docNo: 'RK20261127-001', at: 1_700_000_000_000, day: '2026-11-27', handlerId: 2, handlerName: '李库管', kind: 'receive',
      lines: [{ productId: 1, qty: 10 }, { productId: 2, qty: 5 }], ref: { type: 'receipt', id: 7 },
    });
  });

  it('IN-2: the same person as receiver and keeper is refused, and nothing is received', () => {
    const same = receipt({ keeperId: 2, keeperName: '李库管' });
    expect(validateReceipt(same)).toEqual([{ path: 'keeperId', message: 'stock.receipt.sameSigner' }]);
    expect(() => receiptMovement(same)).toThrow(ValidationError);
  });

  it('IN-2: both confirmations and the delivery note number are required', () => {
    const messages = validateReceipt(receipt({ receiverId: 0, keeperId: 0, deliveryNoteNo: ' ' })).map((i) => i.message);
    expect(messages).toEqual(['stock.receipt.noteNoRequired', 'stock.receipt.receiverRequired', 'stock.receipt.keeperRequired']);
  });

  it('refuses negative or non-integer quantities, duplicate products and empty lines', () => {
    const bad = receipt({
      lines: [
        { productId: 1, noteQty: -1, countedQty: 2.5 },
        { productId: 1, noteQty: 1, countedQty: 1 },
        { productId: 3, noteQty: 0, countedQty: 0 },
      ],
    });
    expect(validateReceipt(bad)).toEqual([
      { path: 'lines.0.noteQty', message: 'stock.qty.negative' },
      { path: 'lines.0.countedQty', message: 'stock.qty.notInteger' },
      { path: 'lines.1.productId', message: 'stock.error.duplicateLine' },
      { path: 'lines.2.countedQty', message: 'stock.receipt.emptyLine' },
    ]);
    expect(validateReceipt(receipt({ lines: [] }))).toEqual([{ path: 'lines', message: 'stock.error.noLines' }]);
  });

  it('IN-3: a short count produces a discrepancy; stock takes the counted quantity', () => {
    const short = receipt({ lines: [{ productId: 1, noteQty: 10, countedQty: 8 }, { productId: 2, noteQty: 5, countedQty: 6 }] });
    expect(receiptDiscrepancies(short)).toEqual([
      { productId: 1, noteQty: 10, countedQty: 8, difference: -2 },
      { productId: 2, noteQty: 5, countedQty: 6, difference: 1 },
    ]);
    expect(receiptMovement(short)?.lines).toEqual([{ productId: 1, qty: 8 }, { productId: 2, qty: 6 }]);
  });

  it('IN-3: a count equal to the note produces no discrepancy', () => {
    expect(receiptDiscrepancies(receipt())).toEqual([]);
    expect(discrepancyRecords(receipt())).toEqual([]);
  });

  it('IN-3: discrepancy records stay open, linked to the receipt, until handled', () => {
    const short = receipt({ lines: [{ productId: 1, noteQty: 10, countedQty: 9 }] });
    expect(discrepancyRecords(short)).toEqual([
      { productId: 1, noteQty: 10, countedQty: 9, difference: -1, receiptId: 7, receiptDocNo: 'RK20261127-001', day: '2026-11-27', status: 'open' },
    ]);
    expect(validateDiscrepancyResolution('')).toEqual([{ path: 'resolution', message: 'stock.discrepancy.resolutionRequired' }]);
    expect(validateDiscrepancyResolution('供应商补发 1 台')).toEqual([]);
  });

  it('IN-3: a line counted 0 moves nothing; a delivery with nothing counted posts no movement', () => {
    const partly = receipt({ lines: [{ productId: 1, noteQty: 3, countedQty: 0 }, { productId: 2, noteQty: 2, countedQty: 2 }] });
    expect(receiptMovement(partly)?.lines).toEqual([{ productId: 2, qty: 2 }]);
    const none = receipt({ lines: [{ productId: 1, noteQty: 3, countedQty: 0 }] });
    expect(receiptMovement(none)).toBeUndefined();
    expect(receiptDiscrepancies(none)).toHaveLength(1);
  });
});
