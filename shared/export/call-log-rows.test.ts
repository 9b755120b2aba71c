import { describe, expect, it } from 'vitest';
import type { CallLog } from '../domain/call-log';
import { callLogSheet, exportFileName } from './call-log-rows';

const calls: CallLog[] = [
  {
    id: 1,
    direction: 'in',
    at: new Date(2026, 10, 5, 9, 30).getTime(),
    phone: '13800138000',
    customerId: 7,
    contact: '张伟',
    topic: 'repair',
    content: '设备开机后不加热',
    result: '已安排上门检修',
    followUpDate: '2026-11-08',
    handlerName: '王丽',
    createdAt: 0,
  },
  {
    id: 2,
    direction: 'out',
    at: new Date(2026, 10, 6, 14, 0).getTime(),
    phone: '01065529988',
    contact: '周女士',
    topic: 'followup',
    content: '回访',
    result: '',
    createdAt: 0,
    voided: {
      at: 0,
      byId: 1,
      byName: '周主管',
      reason: '重复登记',
      approval: { supervisorId: 1, supervisorName: '周主管', at: 0, note: '' },
    },
  },
];
const customers = new Map([[7, { name: '张伟' }]]);

describe('callLogSheet (REC-2 export)', () => {
  it('has the Chinese headers in order', () => {
    const sheet = callLogSheet(calls, customers, 'zh-CN');
    expect(sheet.sheetName).toBe('电话记录');
    expect(sheet.headers).toEqual(['时间', '方向', '电话', '客户', '联系人', '主题', '内容', '处理结果', '回访日期', '经手人', '作废']);
  });

  it('maps each call to a row with labels, customer name and real dates', () => {
    const { rows } = callLogSheet(calls, customers, 'zh-CN');
    expect(rows[0]).toEqual([
      new Date(2026, 10, 5, 9, 30),
      '来电',
      '13800138000',
      '张伟',
      '张伟',
      '报修',
      '设备开机后不加热',
      '已安排上门检修',
      new Date(2026, 10, 8),
      '王丽',
      '',
    ]);
    expect(rows[1]?.slice(1, 4)).toEqual(['去电', '01065529988', '']);
    expect(rows[1]?.[5]).toBe('回访');
    expect(rows[1]?.[8]).toBeNull();
  });

  it('keeps a voided call, permanent as it is, and marks it with the reason', () => {
    const { rows } = callLogSheet(calls, customers, 'zh-CN');
    expect(rows[1]?.[10]).toBe('已作废:重复登记');
    expect(rows[0]?.[10]).toBe('');
  });

  it('marks the time and follow-up columns as dates with formats', () => {
    const sheet = callLogSheet(calls, customers, 'zh-CN');
    expect(sheet.dateColumns).toEqual([
      { col: 0, format: 'yyyy-mm-dd hh:mm' },
      { col: 8, format: 'yyyy-mm-dd' },
    ]);
    expect(sheet.colWidths).toHaveLength(11);
    expect(sheet.colWidths[6]).toBeGreaterThanOrEqual(18); // 内容 fits '设备开机后不加热'
  });

  it('speaks English when asked', () => {
    const sheet = callLogSheet(calls, customers, 'en');
    expect(sheet.headers[0]).toBe('Time');
    expect(sheet.rows[0]?.[1]).toBe('Incoming');
  });
});

describe('exportFileName', () => {
  it('names the kind and the range', () => {
    expect(exportFileName('callLogs', '2026-11-01', '2026-11-30')).toBe('电话记录_2026-11-01_2026-11-30.xlsx');
    expect(exportFileName('callLogs', '2026-11-01', '2026-11-30', 'en')).toBe('CallLog_2026-11-01_2026-11-30.xlsx');
  });
});
