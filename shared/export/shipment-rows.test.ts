import { describe, expect, it } from 'vitest';
import type { ShipmentLogRow } from '../shipping/shipment-log';
import { shipmentSheet } from './shipment-rows';

const at = new Date(2026, 11, 1, 8, 15).getTime();

describe('shipmentSheet', () => {
  it('SHP-3 log: name, phone, address, tracking number and goods, in dispatch order', () => {
    const row = (shippedAt: number, trackingNo: string, voided = false): ShipmentLogRow => ({
      shippedAt, slipNo: 'GX20261105-001', name: '张伟', phone: '13800138000', address: '北京市朝阳区建国路 88 号',
      carrier: '顺丰', trackingNo, goods: [{ name: '恒温箱', qty: 1 }, { name: '加热管', qty: 2 }], status: 'shipped', voided,
    });
    const sheet = shipmentSheet([row(at + 1000, 'SF2', true), row(at, 'SF1')], 'zh-CN');
    expect(sheet.sheetName).toBe('发货登记');
    expect(sheet.headers).toEqual(['发货时间', '购销单号', '姓名', '电话', '地址', '快递公司', '快递单号', '货物名称', '状态', '作废']);
    expect(sheet.rows.map((r) => r[6])).toEqual(['SF1', 'SF2']);
    expect(sheet.rows[0]).toEqual([new Date(at), 'GX20261105-001', '张伟', '13800138000', '北京市朝阳区建国路 88 号', '顺丰', 'SF1', '恒温箱×1、加热管×2', '已发货', '']);
    expect(sheet.rows[1]?.[9]).toBe('已作废');
  });
});
