import { describe, expect, it } from 'vitest';
import type { PackEntry } from '@shared/review/pack-entries';
import { recentWeeks, reviewPackSource } from './pack-source';

describe('weekly review pack', () => {
  it('offers this week first, Monday to Sunday, then the weeks before', () => {
    expect(recentWeeks('2026-11-27', 3)).toEqual([
      { from: '2026-11-23', to: '2026-11-29' },
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-11-09', to: '2026-11-15' },
    ]);
  });

  it('REV-1: prints the week’s records on A4 under the pack’s title and file name', () => {
    const at = new Date(2026, 10, 25, 10, 0).getTime();
    const entries: PackEntry[] = [
      { kind: 'callLogs', recordId: 1, at, enteredAt: at, subject: '刘洋 15100001111', detail: '投诉:包装破损', comment: '已跟进' },
      { kind: 'callLogs', recordId: 2, at: new Date(2026, 10, 30, 10, 0).getTime(), enteredAt: new Date(2026, 10, 30, 10, 0).getTime(), subject: '下周', detail: '不在本周', comment: '' },
    ];
    const source = reviewPackSource(entries, { from: '2026-11-23', to: '2026-11-29' }, 'zh-CN', at);
    expect(source).toMatchObject({ title: '质量记录周审阅', fileName: '质量记录周审阅_2026-11-23_2026-11-29', pageSize: { widthMm: 210, heightMm: 297 }, pageCount: 1 });
    expect(source.renderPage(0)).toBeTruthy();
  });
});
