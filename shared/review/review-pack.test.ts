import { describe, expect, it } from 'vitest';
import type { PackEntry } from './pack-entries';
import { packLayout, reviewPackModel } from './review-pack';

const week = { from: '2026-11-23', to: '2026-11-29' };
const mon = new Date(2026, 10, 23, 10, 0).getTime();
const hour = 3_600_000;
const now = new Date(2026, 10, 30, 8, 0).getTime();

function entry(kind: PackEntry['kind'], recordId: number, at: number, overrides: Partial<PackEntry> = {}): PackEntry {
  return { kind, recordId, at, enteredAt: at, subject: '张伟', detail: '设备开机后不加热', comment: '', ...overrides };
}

describe('reviewPackModel (REV-1 weekly review pack)', () => {
  it('REV-1: groups the week’s records by kind, in time order, leaving out other weeks', () => {
    const entries = [
      entry('callLogs', 2, mon + 5 * hour),
      entry('callLogs', 1, mon + hour),
      entry('serviceReports', 7, mon + 2 * hour),
      entry('serviceCards', 9, mon - 11 * hour), // Sunday 23:00 before: another week
      entry('callLogs', 3, new Date(2026, 10, 30, 0, 0).getTime()), // next Monday 00:00
    ];
    const model = reviewPackModel(entries, week, 'zh-CN', { now });
    expect(model.title).toBe('质量记录周审阅');
    expect(model.weekText).toBe('审阅周:2026-11-23 至 2026-11-29');
    expect(model.countText).toBe('共 3 条');
    expect(model.sections.map((s) => s.kind)).toEqual(['serviceReports', 'serviceCards', 'outstandingIssues', 'callLogs']);
    expect(model.sections.map((s) => s.title)).toEqual(['服务报告(1 条)', '服务卡(0 条)', '遗留问题记录(0 条)', '电话记录(2 条)']);
    expect(model.sections[3]?.rows.map((r) => r.recordId)).toEqual([1, 2]);
    expect(model.sections[1]?.emptyText).toBe('本周没有此类记录');
    expect(model.signature.reviewer).toBe('审阅人签字:');
  });

  it('REV-1: takes a record by the week it was entered, as the review screen does: a call logged late is in this week\'s pack', () => {
    const lastFriday = new Date(2026, 10, 20, 15, 0).getTime();
    const entries = [
      entry('callLogs', 1, lastFriday, { enteredAt: mon + hour }), // happened last week, entered this Monday
      entry('callLogs', 2, mon + 2 * hour, { enteredAt: new Date(2026, 10, 30, 9, 0).getTime() }), // entered next week
      entry('callLogs', 3, mon + 3 * hour),
    ];
    const model = reviewPackModel(entries, week, 'zh-CN', { now });
    expect(model.sections[3]?.rows.map((r) => r.recordId)).toEqual([1, 3]);
    // The late one shows its own time and when it was entered.
    expect(model.sections[3]?.rows[0]?.cells.time.lines).toEqual(['2026-11-20', '15:00', '录入 11-23']);
  });

  it('fits each cell to its column and sizes the row to its tallest cell', () => {
    const model = reviewPackModel([entry('callLogs', 1, mon, { detail: '很长的内容'.repeat(40) })], week, 'zh-CN', { now });
    const row = model.sections[3]?.rows[0];
    expect(row?.cells.detail.truncated).toBe(true);
    expect(row?.cells.detail.lines).toHaveLength(packLayout.row.maxLines);
    expect(row?.heightMm).toBe(packLayout.row.maxLines * packLayout.row.lineHeightMm + 2 * packLayout.row.padYMm);
  });
});

