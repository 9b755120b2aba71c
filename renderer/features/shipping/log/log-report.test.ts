import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { ShipmentLogRow } from '@shared/shipping/shipment-log';
import { toPrintDocument } from '../../../print/print-document';
import { tablePrintSource } from '../../../print/table-print';
import { shipmentLogTable } from './log-report';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const row = (over: Partial<ShipmentLogRow> = {}): ShipmentLogRow => ({
  shipmentId: 1, shippedAt: new Date(2026, 10, 27, 15, 30).getTime(), slipNo: 'GX20261127-002', name: '王五', phone: '13700137000',
  address: '广东省深圳市南山区科技园 18 号', carrier: 'SF', trackingNo: 'SF1234567890123', goods: [{ name: 'PP棉滤芯', qty: 2 }], status: 'shipped', voided: false,
  ...over,
});

describe('SHP-3 shipment log on A4', () => {
  it('prints name, phone, address, tracking number and goods for each parcel of the day', () => {
    const table = shipmentLogTable([row(), row({ voided: true, status: 'signed' })], '2026-11-27', () => '顺丰', t, 'zh-CN');
    expect(table.rows[0]).toEqual(['15:30', '王五', '13700137000', '广东省深圳市南山区科技园 18 号', '顺丰', 'SF1234567890123', 'PP棉滤芯×2', '已发货']);
    expect(table.rows[1]?.[7]).toBe('已签收(已作废)');
    expect(table.info[0]).toBe('日期:2026-11-27  共 2 票');
    const html = toPrintDocument(tablePrintSource(table)).html;
    expect(html).toContain('发货登记');
    expect(html).toContain('SF1234567890123');
  });

  it('an empty day prints its empty text', () => {
    expect(toPrintDocument(tablePrintSource(shipmentLogTable([], '2026-11-27', (c) => c, t, 'zh-CN'))).html).toContain('当天没有发货');
  });
});
