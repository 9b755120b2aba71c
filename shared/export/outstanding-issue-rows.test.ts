import { describe, expect, it } from 'vitest';
import type { OutstandingIssue } from '../service/outstanding';
import { outstandingIssueSheet, sourceText } from './outstanding-issue-rows';

const staff = new Map([[3, { name: '李师傅' }], [4, { name: '赵师傅' }]]);
const arrival = new Date(2026, 10, 5, 9, 30).getTime();

describe('outstandingIssueSheet', () => {
  it('names the source record, owner and status, with due and closing dates', () => {
    const closedAt = new Date(2026, 10, 10, 16, 0).getTime();
    const issue: OutstandingIssue = {
      description: '门封条老化', source: { kind: 'serviceReports', id: 1 }, ownerId: 3, dueDate: '2026-11-12',
      status: 'closed', resolution: '已更换', closedAt, createdAt: arrival,
    };
    const sheet = outstandingIssueSheet([issue], staff, 'zh-CN');
    expect(sheet.sheetName).toBe('遗留问题记录');
    expect(sheet.headers).toEqual(['问题描述', '来源', '负责人', '期限', '状态', '处理结果', '关闭时间', '登记时间']);
    expect(sheet.rows[0]).toEqual(['门封条老化', '服务报告 #1', '李师傅', new Date(2026, 10, 12), '已关闭', '已更换', new Date(closedAt), new Date(arrival)]);
    expect(sourceText({ kind: 'serviceRequests', id: 4 }, 'zh-CN')).toBe('服务需求 #4');
    expect(outstandingIssueSheet([{ ...issue, status: 'open', resolution: undefined, closedAt: undefined }], staff, 'zh-CN').rows[0]?.slice(4, 7)).toEqual(['未处理', '', null]);
  });
});

