import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { StockSlipView } from '@shared/stock/stock-slip';
import { stockSlipRecords } from '@shared/templates/builtin/stock-slip-data';
import { stockSlipPrintData } from './slip-print-data';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const products = new Map([[1, { code: 'LX-PP', name: 'PP棉滤芯', spec: '10 寸', unit: '支' }]]);
const receipt: StockSlipView = {
  docNo: 'RK20261127-001', direction: 'in', category: 'purchase', day: '2026-11-27', at: 1, handlerName: '李强', movementIds: [1], ref: { type: 'receipt', id: 1 },
  lines: [{ productId: 1, qty: 8, location: 'sellable' }],
  source: { sourceNo: 'SH-8899', counterparty: '华清', signers: [{ role: 'receiver', name: '赵敏' }, { role: 'keeper', name: '李强' }] },
};

describe('inbound / outbound slip print data', () => {
  it('IN-2: the inbound slip prints the receiver and the keeper each in their own box', () => {
    const d = stockSlipPrintData(receipt, products, t);
    expect(d).toMatchObject({ no: 'RK20261127-001', category: '采购入库', sourceNo: 'SH-8899', counterparty: '华清', signer1: '赵敏', signer2: '李强' });
    expect(d.lines).toEqual([{ code: 'LX-PP', product: 'PP棉滤芯', spec: '10 寸', unit: '支', qty: 8, location: '可售' }]);
    expect(stockSlipRecords(d, 6)[0]).toMatchObject({ 'line1.qty': 8, 'line1.location': '可售', totalQty: 8 });
  });

  it('a scrap slip names the faulty stock it left and its approver', () => {
    const scrap: StockSlipView = {
      ...receipt, docNo: 'CK20261127-002', direction: 'out', category: 'scrap', ref: { type: 'scrap', id: 1 }, lines: [{ productId: 1, qty: 1, location: 'faulty' }],
      source: { note: '无法修复', signers: [{ role: 'keeper', name: '李强' }, { role: 'approver', name: '张主管' }] },
    };
    const d = stockSlipPrintData(scrap, products, t);
    expect(d).toMatchObject({ category: '报废出库', note: '无法修复;批准人:张主管', signer1: '李强', signer2: '' });
    expect(d.lines[0]?.location).toBe('不良品');
  });

  it('cuts a long slip into sheets of the form, each with the whole total', () => {
    const lines = Array.from({ length: 8 }, (_, i) => ({ productId: 1, qty: i + 1, location: 'sellable' as const }));
    const records = stockSlipRecords(stockSlipPrintData({ ...receipt, lines }, products, t), 6);
    expect(records.map((r) => [r.no, r.totalQty, r['line1.no']])).toEqual([['RK20261127-001 (1/2)', 36, 1], ['RK20261127-001 (2/2)', 36, 7]]);
  });
});
