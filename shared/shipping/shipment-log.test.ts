import { describe, expect, it } from 'vitest';
import type { PurchaseSlip } from '../slips/purchase-slip';
import { ids, line, products, shippingList, slip, supervisorApproval } from '../slips/test-fixtures';
import type { Shipment } from './shipment';
import { formatGoods, shipmentLogRows, slipGoods } from './shipment-log';
import type { ShippingList } from './shipping-list';

const at = (d: number, h: number) => new Date(2026, 10, d, h).getTime();
const base = (id: number, shippedAt: number, day: string): Shipment => ({
  id, slipId: id, slipNo: `GX20261127-00${id}`, customerId: 7, carrier: 'ZTO', trackingNo: `7${id}0000000000`, shippedAt, day, status: 'shipped', chases: [], callbacks: [], updatedAt: shippedAt,
});

describe('SHP-3 daily shipment log (发货登记)', () => {
  const slips = new Map<number, PurchaseSlip>([
    [1, { ...slip({ delivery: 'ship', lines: [line(ids.plain, 2), line(ids.set, 1), line(ids.plain, 1)] }, 1) }],
    [2, { ...slip({ delivery: 'ship' }, 2), voided: { at: 1, byId: 9, byName: '王主任', reason: '客户退货', approval: supervisorApproval } }],
    [3, slip({ delivery: 'ship' }, 3)],
  ]);
  const lists = new Map<number, ShippingList>([
    [1, shippingList({ slipId: 1, recipient: { name: '李四', phone: '13900139000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园1号' } })],
    [2, shippingList({ slipId: 2 })],
  ]);
  const shipments = [base(2, at(27, 15), '2026-11-27'), base(1, at(27, 9), '2026-11-27'), base(3, at(28, 9), '2026-11-28')];

  it('SHP-3: one row per parcel of the day: name, phone, address, tracking number, goods', () => {
    const rows = shipmentLogRows(shipments, slips, lists, products, '2026-11-27');
    expect(rows.map((r) => r.shipmentId)).toEqual([1, 2]);
    expect(rows[0]).toEqual({
      shipmentId: 1, shippedAt: at(27, 9), slipNo: 'GX20261127-001', name: '李四', phone: '13900139000', address: '广东省深圳市南山区科技园1号',
      carrier: 'ZTO', trackingNo: '710000000000', goods: [{ name: '滤芯', qty: 3 }, { name: '套装', qty: 1 }], status: 'shipped', voided: false,
    });
    expect(rows[1]).toMatchObject({ name: '张三', address: '北京市海淀区中关村大街1号', voided: true });
  });

  it('SHP-3: other days are left out, and a missing list leaves the contact blank rather than failing', () => {
    expect(shipmentLogRows(shipments, slips, lists, products, '2026-11-28')).toMatchObject([{ shipmentId: 3, name: '', phone: '', address: '', goods: [{ name: '滤芯', qty: 2 }] }]);
    expect(shipmentLogRows(shipments, slips, lists, products, '2026-11-26')).toEqual([]);
  });

  it('SHP-3: a shipment that registered its recipient and goods at dispatch needs no slip or list', () => {
    const recipient = { name: '王五', phone: '13700137000', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道1号' };
    const registered = { ...base(4, at(27, 11), '2026-11-27'), recipient, goods: [{ name: '滤芯', qty: 5 }] };
    expect(shipmentLogRows([registered], new Map(), new Map(), new Map(), '2026-11-27')).toMatchObject([
      { shipmentId: 4, name: '王五', phone: '13700137000', address: '上海市浦东新区世纪大道1号', goods: [{ name: '滤芯', qty: 5 }], voided: false },
    ]);
  });

  it('writes the goods in one cell', () => {
    expect(formatGoods(slipGoods(slips.get(1) ?? slip(), products))).toBe('滤芯×3、套装×1');
  });
});
