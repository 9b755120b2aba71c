import { describe, expect, it } from 'vitest';
import type { CallLog } from '../domain/call-log';
import { callLogEntry, outstandingEntry, serviceCardEntry, serviceReportEntry } from './pack-entries';

const mon = new Date(2026, 10, 23, 10, 0).getTime();
const hour = 3_600_000;

describe('pack entries', () => {
  it('summarize each kind of record for the pack', () => {
    const call: CallLog & { id: number } = {
      id: 5, direction: 'in', at: mon, phone: '13800138000', contact: '张伟', topic: 'complaint', content: '维修不及时', result: '已安排', createdAt: mon,
    };
    expect(callLogEntry(call, '张伟', 'zh-CN')).toMatchObject({ kind: 'callLogs', recordId: 5, subject: '张伟 13800138000', detail: '投诉:维修不及时\n已安排' });
    const report = serviceReportEntry(
      { id: 7, customerId: 1, technicianIds: [3], arrivalAt: mon, departureAt: mon + hour, workDone: '更换加热管', partsUsed: [], result: 'partly', feedback: '', customerSignatureName: '张伟', unresolvedProblems: ['主板待换'], createdAt: mon },
      { customer: '张伟', technicians: ['李师傅', '赵师傅'] },
      'zh-CN',
    );
    expect(report).toMatchObject({ subject: '张伟\n李师傅、赵师傅', detail: '更换加热管\n服务结果:部分解决\n主板待换' });
    const card = serviceCardEntry(
      { id: 9, cardNo: 'FK20261123-001', customerId: 1, productId: 2, serialNo: 'SN1', serviceDate: '2026-11-23', content: '保养', technicianId: 3, createdAt: mon },
      { customer: '张伟', product: '恒温箱' },
    );
    expect(card).toMatchObject({ subject: 'FK20261123-001\n张伟', detail: '恒温箱 SN1\n保养' });
    const item = outstandingEntry(
      { id: 4, description: '主板待换', source: { kind: 'serviceReports', id: 7 }, ownerId: 3, dueDate: '2026-11-30', status: 'open', createdAt: mon },
      '李师傅', 'zh-CN', '尽快',
    );
    expect(item).toMatchObject({ subject: '李师傅\n期限:2026-11-30', detail: '主板待换\n未处理', comment: '尽快' });
  });
});
