import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { ServiceReport } from '@shared/service/report';
import { serviceReportRecord } from '@shared/templates/builtin/service-data';
import { reportPrintData } from './report-print';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const report: ServiceReport = {
  id: 1, requestId: 9, customerId: 3, technicianIds: [2, 7], arrivalAt: new Date(2026, 10, 27, 9, 30).getTime(), departureAt: new Date(2026, 10, 27, 11, 0).getTime(),
  workDone: '更换加热器模块', partsUsed: [{ productId: 5, qty: 1 }, { productId: 6, qty: 2 }], result: 'partly', feedback: '满意',
  customerSignatureName: '张伟', unresolvedProblems: ['水龙头滴水', '三个月后复查'], createdAt: 0,
};

describe('printed service report', () => {
  it('names the request, customer, technicians and parts, and numbers the open problems', () => {
    const data = reportPrintData(t, report, {
      request: { no: 'FW20261127-001', problem: '不加热', productId: 4, serialNo: 'SN-1', address: '北京市朝阳区建国路 88 号', phone: '13800138000' },
      customer: { name: '张伟', phones: ['13800138000'] },
      staff: new Map([[2, '王丽']]),
      products: new Map([[4, { name: '净水器主机', unit: '台' }], [5, { name: '加热器模块', unit: '个' }]]),
    });
    const record = serviceReportRecord(data);
    expect(record).toMatchObject({ requestNo: 'FW20261127-001', customer: '张伟', product: '净水器主机', technicians: '王丽、#7', result: '部分解决' });
    expect(record.partsUsed).toBe('加热器模块 ×1 个、#6 ×2');
    expect(record.unresolved).toBe('1. 水龙头滴水\n2. 三个月后复查');
  });
});
