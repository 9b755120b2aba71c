import { describe, expect, it } from 'vitest';
import { checkRow } from '../rows/check';

const recipient = { name: '张三', phone: '13800138000', province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号' };
const list = { lines: [{ category: '滤芯', qty: 1 }], recipient, createdAt: 1, updatedAt: 1 };
const shipment = { slipNo: 'CK20261127-001', customerId: 1, carrier: 'SF', trackingNo: 'SF1', shippedAt: 1, day: '2026-11-27', status: 'shipped', chases: [], callbacks: [], updatedAt: 1 };
const exchange = {
  kind: 'different', at: 1, day: '2026-11-27', handlerId: 1, handlerName: '王芳', customerId: 1,
  returned: { productId: 1, qty: 1 }, replacement: { productId: 2, qty: 1 }, inspection: { result: 'defective', note: '不制冷' },
  inDocNo: 'RK20261127-001', outDocNo: 'CK20261127-001', reason: '型号不合适', delivery: 'ship',
};

describe('stored rows of a courier exchange (EXC-2)', () => {
  it('EXC-2: a shipping list and a shipment refer to exactly one source document, a slip or an exchange', () => {
    expect(checkRow('shippingLists', { ...list, slipId: 3 })).toBeNull();
    expect(checkRow('shippingLists', { ...list, exchangeId: 3 })).toBeNull();
    expect(checkRow('shippingLists', list)).toMatchObject({ field: 'slipId', kind: 'rule' });
    expect(checkRow('shippingLists', { ...list, slipId: 3, exchangeId: 3 })).toMatchObject({ field: 'slipId', kind: 'rule' });
    expect(checkRow('shipments', { ...shipment, slipId: 3 })).toBeNull();
    expect(checkRow('shipments', { ...shipment, exchangeId: 3 })).toBeNull();
    expect(checkRow('shipments', shipment)).toMatchObject({ field: 'slipId', kind: 'rule' });
    expect(checkRow('shipments', { ...shipment, slipId: 3, exchangeId: 3 })).toMatchObject({ field: 'slipId', kind: 'rule' });
  });

  it('EXC-2: an exchange keeps its shipping steps as a checked `shipping` object', () => {
    const shipping = {
      status: 'waybilled', shippingListId: 4, pickingStartedAt: 2, updatedAt: 3,
      counts: [{ staffId: 1, name: '王芳', at: 2, lines: [{ productId: 2, qty: 1 }] }],
      phoneConfirmation: { staffId: 1, name: '王芳', at: 2, callLogId: 7, contactChecked: true },
      waybill: { carrier: 'SF', trackingNo: 'SF1', printedAt: 3, thirdCopyFiled: true },
    };
    expect(checkRow('exchanges', { ...exchange, shipping })).toBeNull();
    expect(checkRow('exchanges', { ...exchange, shipping: { ...shipping, status: 'issued' } })).toMatchObject({ field: 'shipping', kind: 'value' });
    expect(checkRow('exchanges', { ...exchange, shipping: { ...shipping, counts: undefined } })).toMatchObject({ field: 'shipping', kind: 'missing' });
  });
});
