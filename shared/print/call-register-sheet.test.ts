import { describe, expect, it } from 'vitest';
import type { CallLog } from '../domain/call-log';
import { callRegisterModel, registerLayout } from './call-register';
import { callRegisterSheets, tableBottomMm } from './call-register-sheet';
import type { SheetText } from './sheet';

function calls(n: number, content = '咨询净水器滤芯更换周期'): CallLog[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1, direction: 'in', at: new Date(2025, 2, 3, 8, i).getTime(), phone: '13912345678',
    contact: '', topic: 'consult', content, result: '已告知', createdAt: 0,
  }));
}

const doc = (n: number, content?: string) =>
  callRegisterSheets(callRegisterModel(calls(n, content), new Map(), { from: '2025-03-01', to: '2025-03-31' }, 'zh-CN', { now: 0 }));

const texts = (els: { kind: string }[]) => els.filter((e): e is SheetText => e.kind === 'text');

describe('callRegisterSheets', () => {
  it('is A4 portrait with one sheet per page of the model', () => {
    const d = doc(registerLayout.rowsPerPage + 1);
    expect(d.pageSize).toEqual({ widthMm: 210, heightMm: 297 });
    expect(d.sheets).toHaveLength(2);
  });

  it('puts every element inside the page and the table above the signature line', () => {
    for (const sheet of doc(40, '很长的内容'.repeat(40)).sheets) {
      for (const e of sheet.elements) {
        const [x1, y1, x2, y2] =
          e.kind === 'line' ? [e.x1Mm, e.y1Mm, e.x2Mm, e.y2Mm] : [e.xMm, e.yMm, e.xMm + e.widthMm, e.yMm + e.heightMm];
        expect(Math.min(x1, x2)).toBeGreaterThanOrEqual(0);
        expect(Math.min(y1, y2)).toBeGreaterThanOrEqual(0);
        expect(Math.max(x1, x2)).toBeLessThanOrEqual(210);
        expect(Math.max(y1, y2)).toBeLessThanOrEqual(297);
      }
    }
    expect(tableBottomMm).toBeLessThan(registerLayout.signature.yMm);
  });

  it('gives each cell room for its lines: lines × line height fits the row height', () => {
    const cells = texts(doc(1, '很长的内容'.repeat(40)).sheets[0]?.elements ?? []).filter((t) => t.lines.length > 1);
    expect(cells.length).toBeGreaterThan(0);
    for (const t of cells) expect(t.lines.length * t.lineHeightMm).toBeLessThanOrEqual(t.heightMm);
  });

  it('prints the title, the page number and the signature labels on every sheet', () => {
    for (const [i, sheet] of doc(20).sheets.entries()) {
      const all = texts(sheet.elements).flatMap((t) => t.lines);
      expect(all).toContain('电话记录表');
      expect(all).toContain(`第 ${i + 1} 页 / 共 2 页`);
      expect(all).toEqual(expect.arrayContaining(['记录人:', '审阅:']));
    }
  });

  it('says so on the first sheet when there are no calls', () => {
    const all = texts(doc(0).sheets[0]?.elements ?? []).flatMap((t) => t.lines);
    expect(all).toContain('此日期范围内没有电话记录。');
  });
});
