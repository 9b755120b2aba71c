import { describe, expect, it } from 'vitest';
import { emptyProductInput } from '@shared/products/product';
import { builtinTemplate, isBuiltinTemplateId } from '@shared/templates/builtin';
import { waybillRecord } from '@shared/templates/builtin/waybill-data';
import { waybillData, waybillForms, waybillTemplateId } from './waybill-print';

describe('waybill printing', () => {
  it('SHP-2: each carrier prints on its own pre-printed layout, others on the generic one; thermal forms as chosen', () => {
    expect(waybillTemplateId('SF', 'preprinted')).toBe('waybill-sf');
    expect(waybillTemplateId('YD', 'preprinted')).toBe('waybill-yunda');
    expect(waybillTemplateId('JT', 'preprinted')).toBe('waybill-generic');
    expect(waybillTemplateId('SF', 'thermal-100x150')).toBe('thermal-100x150');
    for (const form of waybillForms) for (const code of ['SF', 'ZTO', 'DBL']) expect(isBuiltinTemplateId(waybillTemplateId(code, form))).toBe(true);
  });

  it('maps the shipping list’s recipient and the slip’s goods to the waybill’s fields', () => {
    const products = new Map([[3, { ...emptyProductInput(), id: 3, code: 'LX-PP', name: 'PP棉滤芯', createdAt: 0, updatedAt: 0 }]]);
    const data = waybillData({
      slip: { lines: [{ productId: 3, qty: 2 }], remarks: '易碎' },
      list: { recipient: { name: '王五', phone: '13700137000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 18 号' } },
      products,
      sender: { name: '售后服务中心', phone: '0571-88886666', address: '杭州市' },
      date: '2026-11-27',
    });
    const record = waybillRecord(data);
    expect(record['recipient.name']).toBe('王五');
    expect(record['recipient.fullAddress']).toBe('广东省深圳市南山区科技园 18 号');
    expect(record.goods).toBe('PP棉滤芯×2');
    expect(record.trackingNo).toBeNull();
    // Every field of the pre-printed form gets a value.
    for (const f of builtinTemplate('waybill-sf').fields) expect(record[f.key], f.key).toBeTruthy();
  });
});
