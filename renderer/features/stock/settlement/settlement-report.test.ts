import { describe, expect, it } from 'vitest';
import type { DaySettlementResult, SettledDay } from '@shared/stock/settlement';
import { settlementExportTable, settlementPrintTables } from './settlement-report';

const products = new Map([[1, { code: 'LX-01', name: '滤芯', unit: '个' }]]);
const result: DaySettlementResult = {
  day: '2026-11-27',
  totals: [{ productId: 1, inbound: 8, outbound: 3, net: 5 }],
  movementCount: 2,
  documentCount: 2,
  differences: [
    { key: 'missing:CK20261127-002:shippingList', kind: 'missingPaper', docNo: 'CK20261127-002', ref: { type: 'exchange', id: 4 }, paper: 'shippingList', message: 'stock.reconcile.missing.exchangeShippingList' },
  ],
  balanced: false,
  checked: [{ paper: 'receipt', count: 1 }, { paper: 'outboundSlip', count: 1 }],
  matches: [
    { docNo: 'RK20261127-001', kind: 'receive', ref: { type: 'receipt', id: 1 }, papers: [{ paper: 'receipt', docNo: 'RK20261127-001' }], ok: true },
    { docNo: 'CK20261127-002', kind: 'exchangeOut', ref: { type: 'exchange', id: 4 }, papers: [{ paper: 'outboundSlip', docNo: 'CK20261127-002' }, { paper: 'shippingList' }], ok: false },
  ],
};
const explanations = { 'missing:CK20261127-002:shippingList': '物流明天补开发货明细表' };
const settled: SettledDay = { ...result, settledAt: new Date(2026, 10, 27, 18, 35).getTime(), settledById: 2, settledByName: '李强', explanations };
const now = new Date(2026, 10, 27, 18, 40).getTime();

describe('WH-1 settlement report', () => {
  it('WH-1: prints the totals, the reconciliation of every movement with its documents, then each difference by document — never 账单相符 when one is listed', () => {
    const [totals, recon, diffs, ...rest] = settlementPrintTables({ result, settled, products, lang: 'zh-CN', now });
    expect(rest).toEqual([]);
    expect(totals?.title).toBe('库房日结报表');
    expect(totals?.rows).toEqual([
      ['LX-01', '滤芯', '个', '8', '3', '5'],
      ['', '合计', '', '8', '3', '5'],
    ]);
    const info = totals?.info.join(' ') ?? '';
    expect(info).toContain('李强 于 2026-11-27 18:35 日结');
    expect(info).toContain('账单不符:1 处差异');
    expect(info).not.toContain('账单相符');
    expect(info).toContain('入库单(到货) 1 张、出库单(换货) 1 张');
    expect(recon?.title).toBe('库房日结对账单');
    expect(recon?.rows).toEqual([
      ['RK20261127-001', '采购入库', '入库单(到货) RK20261127-001', '相符'],
      ['CK20261127-002', '换货出库', '出库单(换货) CK20261127-002、发货明细表 (缺)', '不符'],
    ]);
    expect(diffs?.rows).toEqual([['CK20261127-002', '换货快递发出但没有发货明细表', '物流明天补开发货明细表']]);
    expect(totals?.fileName).toBe('库房日结-2026-11-27');
  });

  it('prints 账单相符 when the ledger and the paper agree', () => {
    const tables = settlementPrintTables({ result: { ...result, differences: [], balanced: true }, products, lang: 'zh-CN', now });
    expect(tables).toHaveLength(2);
    expect(tables[0]?.info[0]).toContain('账单相符');
  });

  it('WH-1: exports the totals as numbers, the documents checked, the reconciliation and the differences', () => {
    const table = settlementExportTable({ result, explanations, products, lang: 'zh-CN', now });
    expect(table.rows[0]).toEqual(['LX-01', '滤芯', '个', 8, 3, 5]);
    const flat = table.rows.map((r) => r.join('|'));
    expect(flat).toContain('账单不符:1 处差异');
    expect(flat).toContain('CK20261127-002|换货出库|出库单(换货) CK20261127-002、发货明细表 (缺)|不符');
    expect(table.rows.at(-1)).toEqual(['CK20261127-002', '换货快递发出但没有发货明细表', '物流明天补开发货明细表']);
    expect(table.fileName).toBe('库房日结-2026-11-27.xlsx');
  });
});
