import { describe, expect, it } from 'vitest';
import { purchaseSlipTemplate } from '@shared/templates/builtin/purchase-slip';
import { samplePurchaseSlip } from '@shared/templates/builtin/purchase-slip-data';
import { toPrintDocument } from '../../../print/print-document';
import { slipPrintSource } from './slip-print-source';

const shot = { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', caption: '附:后台订单截图(GX20261127-001)' };

describe('slip print source', () => {
  it('plain paper: three labelled copies, then the screenshot page after the yellow copy (OUT-2)', () => {
    const source = slipPrintSource({
      template: purchaseSlipTemplate('purchase-slip-241x93'), data: samplePurchaseSlip(3), mode: 'full', separateCopies: true,
      screenshot: shot, lang: 'zh-CN', title: '产品购销单 GX20261127-001',
    });
    expect(source.pageCount).toBe(4);
    expect(source.pageSize).toEqual({ widthMm: 241, heightMm: 93 });
    const html = toPrintDocument(source).html;
    const order = ['第一联 存根(白)', '第二联 客户(红)', '第三联 财务(黄)', '附:后台订单截图'].map((s) => html.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('carbon paper with 14 lines on the 6-line form: three sheets, no copy labels', () => {
    const source = slipPrintSource({
      template: purchaseSlipTemplate('purchase-slip-241x93'), data: samplePurchaseSlip(14), mode: 'overlay', separateCopies: false, lang: 'zh-CN', title: 'x',
    });
    expect(source.pageCount).toBe(3);
    const html = toPrintDocument(source).html;
    expect(html).not.toContain('第一联');
    expect(html).toContain('GX20261127-001 (3/3)');
  });
});
