import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { slipPageOrder, slipPrintData, templateLineCount } from './slip-print';

const t: Translate = (key, params) => translate('zh-CN', key, params);

describe('slip print data', () => {
  it('maps the slip, its customer and products to the form’s words and figures', () => {
    const slip = {
      no: 'GX20261127-003', day: '2026-11-27', orderType: 'storeRestock', delivery: 'ship', total: 116, handlerName: '王丽', remarks: '加急',
      lines: [{ productId: 2, qty: 2, unitPrice: 58, amount: 116 }],
    } as const;
    const products = new Map([[2, { name: '活性炭滤芯', spec: '10 寸 CTO', unit: '支' }]]);
    const data = slipPrintData({ ...slip, lines: [...slip.lines] }, { name: '张三', phones: ['010-1'], primaryPhone: '13800138000', address: '北京市海淀区' }, products, t);
    expect(data).toEqual({
      no: 'GX20261127-003', date: '2026-11-27', customer: '张三', phone: '13800138000', address: '北京市海淀区', orderType: '店铺进货',
      delivery: '快递发货', lines: [{ product: '活性炭滤芯', spec: '10 寸 CTO', unit: '支', qty: 2, price: 58, amount: 116 }], total: 116,
      handler: '王丽', remarks: '加急',
    });
  });
});

describe('copy routing', () => {
  it('plain paper: all white sheets, all red, all yellow, then the screenshot after the yellow copy (OUT-2)', () => {
    expect(slipPageOrder({ records: 2, copies: 3, separateCopies: true, screenshot: true })).toEqual([
      { kind: 'sheet', index: 0 }, { kind: 'sheet', index: 3 },
      { kind: 'sheet', index: 1 }, { kind: 'sheet', index: 4 },
      { kind: 'sheet', index: 2 }, { kind: 'sheet', index: 5 },
      { kind: 'screenshot' },
    ]);
  });

  it('carbon paper: each sheet once; no screenshot page when there is none', () => {
    expect(slipPageOrder({ records: 2, copies: 3, separateCopies: false, screenshot: false })).toEqual([{ kind: 'sheet', index: 0 }, { kind: 'sheet', index: 1 }]);
  });
});

describe('template line count', () => {
  it('is the highest line number with a product field, at least one', () => {
    expect(templateLineCount(['no', 'line1.product', 'line12.product', 'line3.qty'])).toBe(12);
    expect(templateLineCount(['no'])).toBe(1);
  });
});
