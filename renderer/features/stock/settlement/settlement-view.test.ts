import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { DaySettlementResult } from '@shared/stock/settlement';
import { differenceText, settleBlocker, settlementRows, settlementTotals, unexplained } from './settlement-view';

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
    { key: 'qty:RK20261127-001:1:in', kind: 'quantityMismatch', docNo: 'RK20261127-001', ref: { type: 'receipt', id: 1 }, productId: 1, direction: 'in', documentQty: 10, movementQty: 8 },
    { key: 'nomove:CK20261127-001', kind: 'documentWithoutMovement', docNo: 'CK20261127-001', ref: { type: 'slip', id: 4 } },
  ],
  balanced: false,
};

describe('daily settlement view (WH-1)', () => {
  it('lists the day per product by code, with the sums', () => {
    const rows = settlementRows(result, products);
    expect(rows.map((r) => r.code)).toEqual(['A-1', 'B-2']);
    expect(settlementTotals(rows)).toEqual({ inbound: 8, outbound: 3, net: 5 });
  });

  it('says each difference in words', () => {
    const [qty, doc] = result.differences;
    if (!qty || !doc) throw new Error('fixture');
    expect(differenceText(t, qty, products)).toBe('单据数量与出入库数量不符:RK20261127-001 B-2 滤芯,单据 10,出入库 8');
    expect(differenceText(t, doc, products)).toContain('CK20261127-001');
  });

  it('WH-1: every difference needs an explanation before the day is settled', () => {
    expect(unexplained(result, { 'qty:RK20261127-001:1:in': '供应商少发 2 个' })).toEqual(['nomove:CK20261127-001']);
    expect(settleBlocker('open', true, 1)).toBe('unexplained');
    expect(settleBlocker('open', true, 0)).toBeNull();
  });

  it('WH-1: a settled day is locked; today waits for the settlement time; a reopened day can settle again', () => {
    expect(settleBlocker('settled', true, 0)).toBe('locked');
    expect(settleBlocker('open', false, 0)).toBe('notOpenYet');
    expect(settleBlocker('reopened', true, 0)).toBeNull();
  });
});
