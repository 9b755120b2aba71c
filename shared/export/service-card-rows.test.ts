import { describe, expect, it } from 'vitest';
import type { ServiceCard } from '../service/card';
import { serviceCardSheet } from './service-card-rows';

const customers = new Map([[7, { name: '张伟' }]]);
const staff = new Map([[3, { name: '李师傅' }], [4, { name: '赵师傅' }]]);
const products = new Map([[11, { code: 'JR-01', name: '加热管' }], [12, { code: 'HW-200', name: '恒温箱' }]]);

describe('serviceCardSheet', () => {
  const card = (cardNo: string, serviceDate: string, nextServiceDate?: string): ServiceCard => ({
    cardNo, customerId: 7, productId: 12, serialNo: 'SN-001', serviceDate, content: '保养', technicianId: 3, createdAt: 0,
    ...(nextServiceDate ? { nextServiceDate } : {}),
  });

  it('REC-2: one row per card by service date, with date cells for both dates', () => {
    const sheet = serviceCardSheet([card('FK-2', '2026-11-06'), card('FK-1', '2026-11-05', '2027-05-05')], { customers, products, staff }, 'zh-CN');
    expect(sheet.sheetName).toBe('服务卡');
    expect(sheet.headers).toEqual(['服务卡号', '客户', '产品', '序列号', '服务日期', '服务内容', '技术员', '下次服务日期']);
    expect(sheet.rows.map((r) => r[0])).toEqual(['FK-1', 'FK-2']);
    expect(sheet.rows[0]).toEqual(['FK-1', '张伟', '恒温箱', 'SN-001', new Date(2026, 10, 5), '保养', '李师傅', new Date(2027, 4, 5)]);
    expect(sheet.rows[1]?.[7]).toBeNull();
    expect(sheet.dateColumns).toEqual([{ col: 4, format: 'yyyy-mm-dd' }, { col: 7, format: 'yyyy-mm-dd' }]);
  });
});

