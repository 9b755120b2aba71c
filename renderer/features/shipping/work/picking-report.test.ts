import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { toPrintDocument } from '../../../print/print-document';
import { tablePrintSource } from '../../../print/table-print';
import { pickingTable, shippingListTable } from './picking-report';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const recipient = { name: '张三', phone: '13800138000', province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号' };
const c = { slipNo: 'GX20261127-002', customer: '张三', recipient, t, lang: 'zh-CN' as const };
const products = new Map([
  [1, { code: 'LX-TZ', name: '滤芯 套装', spec: '三件', location: 'B-03' }],
  [2, { code: 'LX-PP', name: 'PP棉滤芯', spec: '10 寸', location: 'B-01' }],
]);

describe('picking list and shipping list (A4)', () => {
  it('OUT-4: the picking list opens sets into their contents and leaves two count columns empty', () => {
    const table = pickingTable([{ productId: 2, qty: 2, setId: 1 }], products, c);
    expect(table.title).toBe('配货单');
    expect(table.rows).toEqual([['LX-PP', 'PP棉滤芯', '10 寸', 'B-01', '2', '滤芯 套装', '', '']]);
    expect(table.columns.map((col) => col.label)).toEqual(['编码', '名称', '规格', '库位', '数量', '所属套装', '清点', '复核']);
    expect(table.info[0]).toContain('GX20261127-002');
  });

  it('OUT-2: the shipping list names the goods category, quantity, recipient, phone and address', () => {
    const table = shippingListTable([{ category: '滤芯', qty: 3 }], c);
    const html = toPrintDocument(tablePrintSource(table)).html;
    for (const text of ['发货明细表', '滤芯', '张三', '13800138000', '北京市海淀区中关村大街1号']) expect(html).toContain(text);
  });
});
