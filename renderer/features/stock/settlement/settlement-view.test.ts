import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { DaySettlementResult } from '@shared/stock/settlement';
import { checkedText, differenceGroups, differenceText, matchRows, problemText, settleBlocker, settlementRows, settlementTotals, unexplained } from './settlement-view';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const products = new Map([
  [1, { code: 'B-2', name: '滤芯', unit: '个' }],
  [2, { code: 'A-1', name: '试验箱', unit: '台' }],
]);
const result: DaySettlementResult = {
  day: '2026-11-27',
  totals: [
    { productId: 1, inbound: 8, outbound: 2, net: 6 },
    { productId: 2, inbound: 0, outbound: 1, net: -1 },
  ],
  movementCount: 3,
  documentCount: 2,
  differences: [
    { key: 'qty:RK20261127-001:receipt:1:in', kind: 'quantityMismatch', docNo: 'RK20261127-001', ref: { type: 'receipt', id: 1 }, productId: 1, direction: 'in', documentQty: 10, movementQty: 8, paper: 'receipt' },
    { key: 'missing:CK20261127-002:shippingList', kind: 'missingPaper', docNo: 'CK20261127-002', ref: { type: 'exchange', id: 3 }, paper: 'shippingList', message: 'stock.reconcile.missing.exchangeShippingList' },
    { key: 'nomove:GX20261127-001:purchaseSlip', kind: 'documentWithoutMovement', docNo: 'GX20261127-001', ref: { type: 'slip', id: 4 }, paper: 'purchaseSlip' },
  ],
  balanced: false,
  checked: [{ paper: 'receipt', count: 1 }, { paper: 'outboundSlip', count: 1 }],
  matches: [
    { docNo: 'RK20261127-001', kind: 'receive', ref: { type: 'receipt', id: 1 }, papers: [{ paper: 'receipt', docNo: 'RK20261127-001' }], ok: false },
    { docNo: 'CK20261127-002', kind: 'exchangeOut', ref: { type: 'exchange', id: 3 }, papers: [{ paper: 'outboundSlip', docNo: 'CK20261127-002' }, { paper: 'shippingList' }], ok: false },
  ],
};

describe('daily settlement view (WH-1)', () => {
  it('lists the day per product by code, with the sums', () => {
    const rows = settlementRows(result, products);
    expect(rows.map((r) => r.code)).toEqual(['A-1', 'B-2']);
    expect(settlementTotals(rows)).toEqual({ inbound: 8, outbound: 3, net: 5 });
  });

  it('WH-1: says what is missing for each document, listed by document', () => {
    const [qty, missing, doc] = result.differences;
    if (!qty || !missing || !doc) throw new Error('fixture');
    expect(problemText(t, missing, products)).toBe('换货快递发出但没有发货明细表');
    expect(differenceText(t, missing, products)).toBe('CK20261127-002:换货快递发出但没有发货明细表');
    expect(problemText(t, qty, products)).toBe('入库单(到货) B-2 滤芯:单据 10,出入库 8');
    expect(problemText(t, doc, products)).toBe('有产品购销单,但台账中没有对应的出入库');
    expect(differenceGroups(result.differences).map((g) => g.docNo)).toEqual(['CK20261127-002', 'GX20261127-001', 'RK20261127-001']);
  });

  it('WH-1: shows which documents were checked and how many, and each movement with its documents', () => {
    expect(checkedText(t, result)).toBe('出入库 3 笔,单据 2 张:入库单(到货) 1 张、出库单(换货) 1 张');
    expect(matchRows(t, result)[1]).toEqual({ docNo: 'CK20261127-002', kind: '换货出库', papers: '出库单(换货) CK20261127-002、发货明细表 (缺)', ok: false });
  });

  it('WH-1: every difference needs an explanation before the day is settled', () => {
    expect(unexplained(result, { 'qty:RK20261127-001:receipt:1:in': '供应商少发 2 个', 'missing:CK20261127-002:shippingList': '发货明细表补开' })).toEqual(['nomove:GX20261127-001:purchaseSlip']);
    expect(settleBlocker('open', true, 1)).toBe('unexplained');
    expect(settleBlocker('open', true, 0)).toBeNull();
  });

  it('WH-1: a settled day is locked; today waits for the settlement time; a reopened day can settle again', () => {
    expect(settleBlocker('settled', true, 0)).toBe('locked');
    expect(settleBlocker('open', false, 0)).toBe('notOpenYet');
    expect(settleBlocker('reopened', true, 0)).toBeNull();
  });
});
