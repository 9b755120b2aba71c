import { describe, expect, it } from 'vitest';
import type { Movement } from '../stock/ledger';
import { stockMovementSheet } from './stock-movement-rows';

const customers = new Map([[7, { name: '张伟' }]]);
const products = new Map([[11, { code: 'JR-01', name: '加热管' }], [12, { code: 'HW-200', name: '恒温箱' }]]);
const arrival = new Date(2026, 10, 5, 9, 30).getTime();

describe('stockMovementSheet', () => {
  it('writes one row per movement line with the signed quantity as a number', () => {
    const m: Movement = {
      docNo: 'CK20261105-001', kind: 'issue', at: arrival, day: '2026-11-05', handlerId: 3, handlerName: '李师傅',
      lines: [{ productId: 11, qty: -2 }, { productId: 12, qty: -1 }], customerId: 7,
    };
    const sheet = stockMovementSheet([m], products, customers, 'zh-CN');
    expect(sheet.sheetName).toBe('出入库记录');
    expect(sheet.headers).toEqual(['单据编号', '类型', '时间', '日期', '产品编码', '产品', '数量', '客户', '经手人', '备注']);
    expect(sheet.rows).toEqual([
      ['CK20261105-001', '销售出库', new Date(arrival), new Date(2026, 10, 5), 'JR-01', '加热管', -2, '张伟', '李师傅', ''],
      ['CK20261105-001', '销售出库', new Date(arrival), new Date(2026, 10, 5), 'HW-200', '恒温箱', -1, '张伟', '李师傅', ''],
    ]);
    expect(sheet.dateColumns).toEqual([{ col: 2, format: 'yyyy-mm-dd hh:mm' }, { col: 3, format: 'yyyy-mm-dd' }]);
  });
});
