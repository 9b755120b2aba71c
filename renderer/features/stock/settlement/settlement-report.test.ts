import { describe, expect, it } from 'vitest';
import type { DaySettlementResult, SettledDay } from '@shared/stock/settlement';
import { settlementExportTable, settlementPrintTables } from './settlement-report';

const products = new Map([[1, { code: 'LX-01', name: '滤芯', unit: '个' }]]);
const result: DaySettlementResult = {
  day: '2026-11-27',
  totals: [{ productId: 1, inbound: 8, outbound: 3, net: 5 }],
  movementCount: 2,
  documentCount: 2,
  differences: [{ key: 'nomove:CK20261127-001', kind: 'documentWithoutMovement', docNo: 'CK20261127-001', ref: { type: 'slip', id: 4 } }],
  balanced: false,
};
const settled: SettledDay = { ...result, settledAt: new Date(2026, 10, 27, 18, 35).getTime(), settledById: 2, settledByName: '李强', explanations: { 'nomove:CK20261127-001': '客户未来提货' } };
const now = new Date(2026, 10, 27, 18, 40).getTime();

describe('WH-1 settlement report', () => {
  it('prints the totals per product with a sum line, then the differences with their explanations', () => {
    const [totals, diffs] = settlementPrintTables({ result, settled, products, lang: 'zh-CN', now });
    expect(totals?.title).toBe('库房日结报表');
    expect(totals?.rows).toEqual([
      ['LX-01', '滤芯', '个', '8', '3', '5'],
      ['', '合计', '', '8', '3', '5'],
    ]);
    expect(totals?.info.join(' ')).toContain('李强 于 2026-11-27 18:35 日结');
    expect(diffs?.rows).toEqual([['有单据,但没有对应的出入库记录:CK20261127-001', '客户未来提货']]);
    expect(totals?.fileName).toBe('库房日结-2026-11-27');
  });

  it('prints one table when the ledger and the paper agree, and says so', () => {
    const tables = settlementPrintTables({ result: { ...result, differences: [], balanced: true }, products, lang: 'zh-CN', now });
    expect(tables).toHaveLength(1);
    expect(tables[0]?.info[0]).toContain('账单相符');
  });

  it('exports the totals as numbers and the differences below them', () => {
    const table = settlementExportTable({ result, explanations: { 'nomove:CK20261127-001': '待查' }, products, lang: 'zh-CN', now });
    expect(table.rows[0]).toEqual(['LX-01', '滤芯', '个', 8, 3, 5]);
    expect(table.rows.at(-1)).toEqual(['有单据,但没有对应的出入库记录:CK20261127-001', '待查']);
    expect(table.fileName).toBe('库房日结-2026-11-27.xlsx');
  });
});
