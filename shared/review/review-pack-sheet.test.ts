import { describe, expect, it } from 'vitest';
import type { SheetText } from '../print/sheet';
import type { PackEntry } from './pack-entries';
import { packLayout, reviewPackModel } from './review-pack';
import { reviewPackSheets } from './review-pack-sheet';

const week = { from: '2026-11-23', to: '2026-11-29' };
const mon = new Date(2026, 10, 23, 10, 0).getTime();
const now = new Date(2026, 10, 30, 8, 0).getTime();

function entry(kind: PackEntry['kind'], recordId: number, at: number, overrides: Partial<PackEntry> = {}): PackEntry {
  return { kind, recordId, at, enteredAt: at, subject: '张伟', detail: '设备开机后不加热', comment: '', ...overrides };
}

const texts = (elements: { kind: string }[]) =>
  elements.filter((e): e is SheetText => e.kind === 'text').flatMap((t) => t.lines);

describe('reviewPackSheets', () => {
  it('puts the heading, sections and the sign-off line on an A4 sheet', () => {
    const doc = reviewPackSheets(reviewPackModel([entry('serviceReports', 7, mon)], week, 'zh-CN', { now }), 'zh-CN');
    expect(doc.pageSize).toEqual({ widthMm: 210, heightMm: 297 });
    expect(doc.sheets).toHaveLength(1);
    const lines = texts(doc.sheets[0]?.elements ?? []);
    for (const t of ['质量记录周审阅', '服务报告(1 条)', '内容摘要', '审阅人签字:', '日期:', '第 1 页 / 共 1 页', '张伟']) expect(lines).toContain(t);
  });

  it('flows a long week over pages, repeating the section title as continued, inside the body area', () => {
    const many = Array.from({ length: 60 }, (_, i) => entry('callLogs', i + 1, mon + i * 60_000));
    const doc = reviewPackSheets(reviewPackModel(many, week, 'zh-CN', { now }), 'zh-CN');
    expect(doc.sheets.length).toBeGreaterThan(1);
    const second = texts(doc.sheets[1]?.elements ?? []);
    expect(second).toContain('电话记录(续)');
    expect(second).toContain(`第 2 页 / 共 ${doc.sheets.length} 页`);
    for (const sheet of doc.sheets) {
      for (const el of sheet.elements) {
        if (el.kind === 'text' && el.yMm >= packLayout.bodyTopMm && el.yMm < packLayout.signature.yMm) {
          expect(el.yMm + el.heightMm).toBeLessThanOrEqual(packLayout.bodyBottomMm + 1e-9);
        }
      }
    }
    const rowsShown = doc.sheets.flatMap((s) => texts(s.elements)).filter((t) => t === '张伟').length;
    expect(rowsShown).toBe(60);
  });
});

