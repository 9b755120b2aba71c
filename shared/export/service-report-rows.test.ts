import { describe, expect, it } from 'vitest';
import type { ServiceReport } from '../service/report';
import { serviceReportSheet } from './service-report-rows';

const customers = new Map([[7, { name: '张伟' }]]);
const staff = new Map([[3, { name: '李师傅' }], [4, { name: '赵师傅' }]]);
const products = new Map([[11, { code: 'JR-01', name: '加热管' }], [12, { code: 'HW-200', name: '恒温箱' }]]);
const arrival = new Date(2026, 10, 5, 9, 30).getTime();
const report: ServiceReport = {
  id: 1, requestId: 2, customerId: 7, technicianIds: [3, 4], arrivalAt: arrival, departureAt: arrival + 90 * 60_000,
  workDone: '更换加热管,试机正常', partsUsed: [{ productId: 11, qty: 2 }], result: 'partly', feedback: '满意',
  customerSignatureName: '张伟', unresolvedProblems: ['门封条老化', '温控器偏差'], createdAt: arrival,
};

describe('serviceReportSheet', () => {
  it('has the Chinese headers, real date cells and resolved names', () => {
    const sheet = serviceReportSheet([report], { customers, staff, products, requestNos: new Map([[2, 'FW20261105-001']]) }, 'zh-CN');
    expect(sheet.sheetName).toBe('服务报告');
    expect(sheet.headers).toEqual(['服务单号', '客户', '技术员', '到达时间', '离开时间', '服务内容', '使用配件', '服务结果', '客户意见', '客户签名', '遗留问题', '作废']);
    expect(sheet.rows[0]).toEqual([
      'FW20261105-001', '张伟', '李师傅、赵师傅', new Date(arrival), new Date(arrival + 90 * 60_000), '更换加热管,试机正常',
      '加热管 ×2', '部分解决', '满意', '张伟', '门封条老化;温控器偏差', '',
    ]);
    expect(sheet.dateColumns).toEqual([{ col: 3, format: 'yyyy-mm-dd hh:mm' }, { col: 4, format: 'yyyy-mm-dd hh:mm' }]);
    expect(sheet.colWidths).toHaveLength(sheet.headers.length);
  });

  it('marks a voided report and speaks English when asked', () => {
    const voided = { ...report, voided: { at: 1, byId: 9, byName: '王主任', reason: '重复', approval: { supervisorId: 9, supervisorName: '王主任', at: 1, note: '' } } };
    const sheet = serviceReportSheet([voided], { customers, staff, products, requestNos: new Map() }, 'en');
    expect(sheet.headers[0]).toBe('Request no.');
    expect(sheet.rows[0]?.[0]).toBe('');
    expect(sheet.rows[0]?.[7]).toBe('Partly resolved');
    expect(sheet.rows[0]?.[11]).toBe('Voided');
  });
});

