import { describe, expect, it } from 'vitest';
import type { SettlementDocument } from './settlement';
import { dayTotals, settleDay, validateSettlement } from './settlement';
import { movementRules, type MovementRule } from './reconcile-rules';
import { movement } from './test-fixtures';

const day = '2026-11-27';
const receiptDoc: SettlementDocument = { ref: { type: 'receipt', id: 1 }, docNo: 'RK20261127-001', lines: [{ productId: 1, qty: 10 }], paper: 'receipt' };
const slipDoc: SettlementDocument = { ref: { type: 'slip', id: 5 }, docNo: 'GX20261127-001', lines: [{ productId: 1, qty: -3 }, { productId: 2, qty: -1 }], paper: 'purchaseSlip', delivery: 'ship' };
const shippingListDoc: SettlementDocument = { ref: { type: 'slip', id: 5 }, docNo: 'FH20261127-001', lines: [{ productId: 1, qty: -3 }, { productId: 2, qty: -1 }], paper: 'shippingList' };
const received = movement({ ref: { type: 'receipt', id: 1 }, lines: [{ productId: 1, qty: 10 }] });
const issued = movement({ kind: 'issue', docNo: 'CK20261127-001', ref: { type: 'slip', id: 5 }, lines: [{ productId: 1, qty: -3 }, { productId: 2, qty: -1 }] });

const exRef = { type: 'exchange', id: 8 } as const;
const exIn: SettlementDocument = { ref: exRef, docNo: 'RK20261127-003', lines: [{ productId: 1, qty: 1, location: 'faulty' }], paper: 'inboundSlip' };
const exOut: SettlementDocument = { ref: exRef, docNo: 'CK20261127-002', lines: [{ productId: 2, qty: -1 }], paper: 'outboundSlip', delivery: 'ship' };
const back = movement({ kind: 'exchangeIn', docNo: 'RK20261127-003', ref: exRef, lines: [{ productId: 1, qty: 1, location: 'faulty' }] });
const out = movement({ kind: 'exchangeOut', docNo: 'CK20261127-002', ref: exRef, lines: [{ productId: 2, qty: -1 }] });

describe('daily settlement', () => {
  it('WH-1: per product, the day’s inbound and outbound quantities', () => {
    expect(dayTotals([received, issued])).toEqual([
      { productId: 1, inbound: 10, outbound: 3, net: 7 },
      { productId: 2, inbound: 0, outbound: 1, net: -1 },
    ]);
  });

  it('WH-1: every movement matched to its papers and every paper line to its movement: balanced, and it says what was checked', () => {
    const result = settleDay(day, [received, issued], [receiptDoc, slipDoc, shippingListDoc]);
    expect(result).toMatchObject({ day, movementCount: 2, documentCount: 3, differences: [], balanced: true });
    expect(result.checked).toEqual([{ paper: 'receipt', count: 1 }, { paper: 'purchaseSlip', count: 1 }, { paper: 'shippingList', count: 1 }]);
    expect(result.matches).toEqual([
      { docNo: 'RK20261127-001', kind: 'receive', ref: { type: 'receipt', id: 1 }, papers: [{ paper: 'receipt', docNo: 'RK20261127-001' }], ok: true },
      { docNo: 'CK20261127-001', kind: 'issue', ref: { type: 'slip', id: 5 }, papers: [{ paper: 'purchaseSlip', docNo: 'GX20261127-001' }, { paper: 'shippingList', docNo: 'FH20261127-001' }], ok: true },
    ]);
    expect(validateSettlement(result, {})).toEqual([]);
  });

  it('WH-1: a shipped slip released without its shipping list is a mismatch, listed under its outbound slip', () => {
    const result = settleDay(day, [issued], [slipDoc]);
    expect(result.balanced).toBe(false);
    expect(result.differences).toEqual([
      { key: 'missing:CK20261127-001:shippingList', kind: 'missingPaper', docNo: 'CK20261127-001', ref: { type: 'slip', id: 5 }, paper: 'shippingList', message: 'stock.reconcile.missing.slipShippingList' },
    ]);
    expect(result.matches?.[0]?.ok).toBe(false);
  });

  it('WH-1: a courier exchange whose outbound movement has no shipping list is listed: 换货快递发出但没有发货明细表', () => {
    const result = settleDay(day, [back, out], [exIn, exOut]);
    expect(result.balanced).toBe(false);
    expect(result.differences).toEqual([
      { key: 'missing:CK20261127-002:shippingList', kind: 'missingPaper', docNo: 'CK20261127-002', ref: exRef, paper: 'shippingList', message: 'stock.reconcile.missing.exchangeShippingList' },
    ]);
    // The same exchange collected at the warehouse needs no shipping list; shipped with its list, it agrees.
    expect(settleDay(day, [back, out], [exIn, { ...exOut, delivery: 'pickup' }]).balanced).toBe(true);
    const list: SettlementDocument = { ref: exRef, docNo: 'FH20261127-009', lines: [{ productId: 2, qty: -1 }], paper: 'shippingList' };
    expect(settleDay(day, [back, out], [exIn, exOut, list]).balanced).toBe(true);
  });

  it('WH-1: only movements of the day count', () => {
    const yesterday = movement({ day: '2026-11-26', ref: { type: 'receipt', id: 9 }, lines: [{ productId: 3, qty: 4 }] });
    const result = settleDay(day, [received, yesterday], [receiptDoc]);
    expect(result.movementCount).toBe(1);
    expect(result.totals.map((t) => t.productId)).toEqual([1]);
    expect(result.balanced).toBe(true);
  });

  it('WH-1: a movement without a record, or of a record it has no paper of, is listed', () => {
    const stray = movement({ docNo: 'RK20261127-009', lines: [{ productId: 4, qty: 2 }] });
    const orphan = movement({ docNo: 'RK20261127-010', ref: { type: 'receipt', id: 77 }, lines: [{ productId: 4, qty: 1 }] });
    const result = settleDay(day, [received, stray, orphan], [receiptDoc]);
    expect(result.balanced).toBe(false);
    expect(result.differences).toEqual([
      { key: 'nodoc:RK20261127-009:4:in', kind: 'movementWithoutDocument', docNo: 'RK20261127-009', productId: 4, direction: 'in', movementQty: 2 },
      { key: 'missing:RK20261127-010:receipt', kind: 'missingPaper', docNo: 'RK20261127-010', ref: { type: 'receipt', id: 77 }, paper: 'receipt', message: 'stock.reconcile.missing.receipt' },
    ]);
  });

  it('WH-1: a paper without a movement and a quantity that differs are listed', () => {
    const short = movement({ kind: 'issue', docNo: 'CK20261127-001', ref: { type: 'slip', id: 5 }, lines: [{ productId: 1, qty: -2 }] });
    const result = settleDay(day, [short], [receiptDoc, { ...slipDoc, delivery: 'pickup' }]);
    expect(result.differences).toEqual([
      { key: 'nomove:RK20261127-001:receipt', kind: 'documentWithoutMovement', docNo: 'RK20261127-001', ref: { type: 'receipt', id: 1 }, paper: 'receipt' },
      { key: 'qty:GX20261127-001:purchaseSlip:1:out', kind: 'quantityMismatch', docNo: 'GX20261127-001', ref: { type: 'slip', id: 5 }, productId: 1, direction: 'out', documentQty: 3, movementQty: 2, paper: 'purchaseSlip' },
      { key: 'qty:GX20261127-001:purchaseSlip:2:out', kind: 'quantityMismatch', docNo: 'GX20261127-001', ref: { type: 'slip', id: 5 }, productId: 2, direction: 'out', documentQty: 1, movementQty: 0, paper: 'purchaseSlip' },
    ]);
  });

  it('EXC-2: an item with a quality problem booked to the shelf instead of faulty stock is a mismatch', () => {
    const toShelf = movement({ kind: 'exchangeIn', docNo: 'RK20261127-003', ref: exRef, lines: [{ productId: 1, qty: 1 }] });
    const keys = settleDay(day, [toShelf, out], [exIn, { ...exOut, delivery: 'pickup' }]).differences.map((d) => d.key);
    expect(keys).toEqual(['qty:RK20261127-003:inboundSlip:1:in:faulty', 'qty:RK20261127-003:inboundSlip:1:in']);
  });

  it('EXC-1: a same-product exchange is reconciled per side under its one number, so a missing half is caught', () => {
    const inSide: SettlementDocument = { ref: exRef, docNo: 'HH20261127-001', lines: [{ productId: 1, qty: 1 }], paper: 'inboundSlip' };
    const outSide: SettlementDocument = { ref: exRef, docNo: 'HH20261127-001', lines: [{ productId: 1, qty: -1 }], paper: 'outboundSlip', delivery: 'pickup' };
    const b = movement({ kind: 'exchangeIn', docNo: 'HH20261127-001', ref: exRef, lines: [{ productId: 1, qty: 1 }] });
    const o = movement({ kind: 'exchangeOut', docNo: 'HH20261127-001', ref: exRef, lines: [{ productId: 1, qty: -1 }] });
    expect(settleDay(day, [b, o], [inSide, outSide]).balanced).toBe(true);
    expect(settleDay(day, [b], [inSide, outSide]).differences.map((d) => d.key)).toEqual(['nomove:HH20261127-001:outboundSlip']);
  });

  it('WH-1: one rule per kind of movement; a record type that starts moving goods gets its own', () => {
    // No rule knows a plain issue against an exchange (an exchange's replacement leaves as exchangeOut).
    const odd = movement({ kind: 'issue', docNo: 'CK20261127-004', ref: { type: 'exchange', id: 3 }, lines: [{ productId: 1, qty: -1 }] });
    expect(settleDay(day, [odd], []).differences.map((d) => d.kind)).toEqual(['movementWithoutDocument']);
    const oddRule: MovementRule = { kind: 'issue', refType: 'exchange', requires: () => [{ paper: 'outboundSlip', missing: 'stock.reconcile.missing.exchangeOut' }] };
    const paper: SettlementDocument = { ref: { type: 'exchange', id: 3 }, docNo: 'CK20261127-004', lines: [{ productId: 1, qty: -1 }], paper: 'outboundSlip' };
    expect(settleDay(day, [odd], [paper], [...movementRules, oddRule]).balanced).toBe(true);
  });

  it('SVC-3: parts issued for a service report are matched to its confirmed parts release; without one, or with other quantities, they are listed', () => {
    const ref = { type: 'serviceReport', id: 3 } as const;
    const part = movement({ kind: 'issue', docNo: 'CK20261127-004', ref, lines: [{ productId: 1, qty: -2 }] });
    const release: SettlementDocument = { ref, docNo: 'CK20261127-004', lines: [{ productId: 1, qty: -2 }], paper: 'partsRelease' };
    expect(settleDay(day, [part], [release])).toMatchObject({ balanced: true, checked: [{ paper: 'partsRelease', count: 1 }], matches: [{ docNo: 'CK20261127-004', ok: true }] });
    expect(settleDay(day, [part], []).differences).toEqual([
      { key: 'missing:CK20261127-004:partsRelease', kind: 'missingPaper', docNo: 'CK20261127-004', ref, paper: 'partsRelease', message: 'stock.reconcile.missing.partsRelease' },
    ]);
    expect(settleDay(day, [part], [{ ...release, lines: [{ productId: 1, qty: -1 }] }]).differences.map((d) => d.kind)).toEqual(['quantityMismatch']);
  });

  it('WH-1: every difference needs an explanation before settling', () => {
    const result = settleDay(day, [received], [receiptDoc, slipDoc]);
    expect(validateSettlement(result, {})).toEqual([{ path: 'explanations.nomove:GX20261127-001:purchaseSlip', message: 'stock.settlement.explanationRequired' }]);
    expect(validateSettlement(result, { 'nomove:GX20261127-001:purchaseSlip': '客户改天自提,单据作废待办' })).toEqual([]);
  });
});
