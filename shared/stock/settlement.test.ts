import { describe, expect, it } from 'vitest';
import type { SettlementDocument } from './settlement';
import { dayTotals, settleDay, validateSettlement } from './settlement';
import { movement } from './test-fixtures';

const day = '2026-11-27';
const receiptDoc: SettlementDocument = { ref: { type: 'receipt', id: 1 }, docNo: 'RK20261127-001', lines: [{ productId: 1, qty: 10 }] };
const slipDoc: SettlementDocument = { ref: { type: 'slip', id: 5 }, docNo: 'GX20261127-001', lines: [{ productId: 1, qty: -3 }, { productId: 2, qty: -1 }] };
const shippingListDoc: SettlementDocument = { ref: { type: 'slip', id: 5 }, docNo: 'FH20261127-001', lines: [{ productId: 1, qty: -3 }, { productId: 2, qty: -1 }] };
const received = movement({ ref: { type: 'receipt', id: 1 }, lines: [{ productId: 1, qty: 10 }] });
const issued = movement({ kind: 'issue', docNo: 'CK20261127-001', ref: { type: 'slip', id: 5 }, lines: [{ productId: 1, qty: -3 }, { productId: 2, qty: -1 }] });

describe('daily settlement', () => {
  it('WH-1: per product, the day’s inbound and outbound quantities', () => {
    expect(dayTotals([received, issued])).toEqual([
      { productId: 1, inbound: 10, outbound: 3, net: 7 },
      { productId: 2, inbound: 0, outbound: 1, net: -1 },
    ]);
  });

  it('WH-1: every movement matched to its document and every document line to its movement: balanced', () => {
    const result = settleDay(day, [received, issued], [receiptDoc, slipDoc, shippingListDoc]);
    expect(result).toMatchObject({ day, movementCount: 2, documentCount: 3, differences: [], balanced: true });
    expect(validateSettlement(result, {})).toEqual([]);
  });

  it('WH-1: only movements of the day count', () => {
    const yesterday = movement({ day: '2026-11-26', ref: { type: 'receipt', id: 9 }, lines: [{ productId: 3, qty: 4 }] });
    const result = settleDay(day, [received, yesterday], [receiptDoc]);
    expect(result.movementCount).toBe(1);
    expect(result.totals.map((t) => t.productId)).toEqual([1]);
    expect(result.balanced).toBe(true);
  });

  it('WH-1: a movement without a document is listed for explanation', () => {
    const stray = movement({ docNo: 'RK20261127-009', lines: [{ productId: 4, qty: 2 }] });
    const orphan = movement({ docNo: 'RK20261127-010', ref: { type: 'receipt', id: 77 }, lines: [{ productId: 4, qty: 1 }] });
    const result = settleDay(day, [received, stray, orphan], [receiptDoc]);
    expect(result.balanced).toBe(false);
    expect(result.differences).toEqual([
      { key: 'nodoc:RK20261127-009:4:in', kind: 'movementWithoutDocument', docNo: 'RK20261127-009', productId: 4, direction: 'in', movementQty: 2 },
      { key: 'nodoc:RK20261127-010:4:in', kind: 'movementWithoutDocument', docNo: 'RK20261127-010', ref: { type: 'receipt', id: 77 }, productId: 4, direction: 'in', movementQty: 1 },
    ]);
  });

  it('WH-1: a document without a movement and a quantity that differs are listed', () => {
    const short = movement({ kind: 'issue', docNo: 'CK20261127-001', ref: { type: 'slip', id: 5 }, lines: [{ productId: 1, qty: -2 }] });
    const result = settleDay(day, [short], [receiptDoc, slipDoc]);
    expect(result.differences).toEqual([
      { key: 'nomove:RK20261127-001', kind: 'documentWithoutMovement', docNo: 'RK20261127-001', ref: { type: 'receipt', id: 1 } },
      { key: 'qty:GX20261127-001:1:out', kind: 'quantityMismatch', docNo: 'GX20261127-001', ref: { type: 'slip', id: 5 }, productId: 1, direction: 'out', documentQty: 3, movementQty: 2 },
      { key: 'qty:GX20261127-001:2:out', kind: 'quantityMismatch', docNo: 'GX20261127-001', ref: { type: 'slip', id: 5 }, productId: 2, direction: 'out', documentQty: 1, movementQty: 0 },
    ]);
  });

  it('WH-1: a same-product exchange is reconciled per direction, so a missing half is caught', () => {
    const ref = { type: 'exchange', id: 8 } as const;
    const doc: SettlementDocument = { ref, docNo: 'HH20261127-001', lines: [{ productId: 1, qty: 1 }, { productId: 1, qty: -1 }] };
    const back = movement({ kind: 'exchangeIn', docNo: 'HH20261127-001', ref, lines: [{ productId: 1, qty: 1 }] });
    const out = movement({ kind: 'exchangeOut', docNo: 'HH20261127-001', ref, lines: [{ productId: 1, qty: -1 }] });
    expect(settleDay(day, [back, out], [doc]).balanced).toBe(true);
    expect(settleDay(day, [back], [doc]).differences.map((d) => d.key)).toEqual(['qty:HH20261127-001:1:out']);
  });

  it('WH-1: every difference needs an explanation before settling', () => {
    const result = settleDay(day, [received], [receiptDoc, slipDoc]);
    expect(validateSettlement(result, {})).toEqual([{ path: 'explanations.nomove:GX20261127-001', message: 'stock.settlement.explanationRequired' }]);
    expect(validateSettlement(result, { 'nomove:GX20261127-001': '客户改天自提,单据作废待办' })).toEqual([]);
  });
});
