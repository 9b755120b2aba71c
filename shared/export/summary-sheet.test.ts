import { describe, expect, it } from 'vitest';
import { summarySheet, workbookFileName } from './summary-sheet';

const at = new Date(2026, 11, 1, 8, 15).getTime();
const range = { from: '2026-11-01', to: '2026-11-30' };

describe('summarySheet', () => {
  it('REC-2: states the range, who exported and when, and each sheet’s row count with the total', () => {
    const sheet = summarySheet({ range, counts: [{ kind: 'serviceCards', count: 12 }, { kind: 'callLogs', count: 340 }], exportedBy: '小李', at }, 'zh-CN');
    expect(sheet.sheetName).toBe('汇总');
    expect(sheet.headers).toEqual(['项目', '内容']);
    expect(sheet.rows).toEqual([
      ['导出范围', '2026-11-01 至 2026-11-30'],
      ['导出人', '小李'],
      ['导出时间', new Date(at)],
      ['服务卡(条)', 12],
      ['电话记录(条)', 340],
      ['合计(条)', 352],
    ]);
    expect(sheet.dateColumns).toEqual([{ col: 1, format: 'yyyy-mm-dd hh:mm' }]);
  });

  it('names the workbook after its one kind, or collectively', () => {
    expect(workbookFileName(['serviceCards'], range)).toBe('服务卡_2026-11-01_2026-11-30.xlsx');
    expect(workbookFileName(['serviceCards', 'callLogs'], range)).toBe('售后服务记录_2026-11-01_2026-11-30.xlsx');
    expect(workbookFileName(['callLogs'], range, 'en')).toBe('CallLog_2026-11-01_2026-11-30.xlsx');
  });
});
