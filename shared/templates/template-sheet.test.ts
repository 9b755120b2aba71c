import { describe, expect, it } from 'vitest';
import type { SheetCode, SheetElement, SheetText } from '../print/sheet';
import type { Template } from './template';
import { templateDocument, templateSheet } from './template-sheet';

const form: Template = {
  id: 'test-slip',
  name: '测试单',
  paper: { widthMm: 241, heightMm: 93 },
  orientation: 'landscape',
  mode: 'full',
  copyLabels: ['第一联 存根(白)', '第二联 客户(红)', '第三联 财务(黄)'],
  background: { dataUrl: 'data:image/png;base64,AAAA', print: false },
  fields: [
    { key: 'customer', x: 30, y: 20, width: 60, height: 7, fontFamily: 'song', fontSizePt: 12, bold: false, align: 'left', overflow: 'shrink', format: 'text' },
    { key: 'amount', x: 150, y: 20, width: 40, height: 7, fontFamily: 'mono', fontSizePt: 12, bold: false, align: 'right', overflow: 'shrink', format: 'money' },
    { key: 'amount', x: 30, y: 40, width: 120, height: 7, fontFamily: 'song', fontSizePt: 12, bold: false, align: 'left', overflow: 'shrink', format: 'capital' },
    { key: 'at', x: 150, y: 40, width: 40, height: 7, fontFamily: 'mono', fontSizePt: 10, bold: false, align: 'left', overflow: 'shrink', format: 'date' },
    { key: 'note', x: 30, y: 55, width: 60, height: 10, fontFamily: 'song', fontSizePt: 10, bold: false, align: 'left', overflow: 'wrap', format: 'text' },
  ],
  statics: [
    { type: 'text', text: '客户', x: 10, y: 20, width: 18, height: 7, fontSizePt: 10, bold: true, align: 'left' },
    { type: 'box', x: 5, y: 5, width: 231, height: 83, widthMm: 0.3 },
    { type: 'grid', x: 10, y: 70, colWidths: [20, 30], rowHeights: [5, 5], widthMm: 0.2 },
    { type: 'line', x1: 10, y1: 15, x2: 200, y2: 15, widthMm: 0.2 },
    { type: 'barcode', key: 'no', x: 150, y: 60, width: 60, height: 12 },
  ],
};

const record = { customer: '鑫源商贸', amount: 1234.5, at: '2025-03-14', note: '请于周五前送达'.repeat(6), no: 'GX20250314001' };

const texts = (els: SheetElement[]) => els.filter((e): e is SheetText => e.kind === 'text');
const textOf = (els: SheetElement[], x: number, y: number) => texts(els).find((t) => t.xMm === x && t.yMm === y)?.lines.join('');

describe('templateSheet', () => {
  it('formats every field: text, ¥ money, 大写金额 and date', () => {
    const { elements } = templateSheet(form, record);
    expect(textOf(elements, 30, 20)).toBe('鑫源商贸');
    expect(textOf(elements, 150, 20)).toBe('¥1,234.50');
    expect(textOf(elements, 30, 40)).toBe('壹仟贰佰叁拾肆元伍角整');
    expect(textOf(elements, 150, 40)).toBe('2025-03-14');
  });

  it('keeps each field at its designed box, with the designed alignment and font', () => {
    const amount = texts(templateSheet(form, record).elements).find((t) => t.xMm === 150 && t.yMm === 20);
    expect(amount).toMatchObject({ widthMm: 40, heightMm: 7, align: 'right', font: 'mono', vAlign: 'middle' });
  });

  it('wraps a long note inside its box and cuts it with …', () => {
    const note = texts(templateSheet(form, record).elements).find((t) => t.yMm === 55);
    expect(note?.vAlign).toBe('top');
    expect((note?.lines.length ?? 0) * (note?.lineHeightMm ?? 0)).toBeLessThanOrEqual(10);
    expect(note?.lines.at(-1)?.endsWith('…')).toBe(true);
  });

  it('full mode prints labels, boxes, grid and rules; overlay mode only the data and the codes', () => {
    const full = templateSheet(form, record).elements;
    expect(full.filter((e) => e.kind === 'rect')).toHaveLength(1);
    expect(full.filter((e) => e.kind === 'line')).toHaveLength(3 + 3 + 1); // grid: 3 columns + 3 rows; 1 rule
    expect(texts(full).some((t) => t.lines[0] === '客户')).toBe(true);
    const overlay = templateSheet(form, record, { mode: 'overlay' }).elements;
    expect(overlay.filter((e) => e.kind === 'line' || e.kind === 'rect')).toEqual([]);
    expect(texts(overlay).some((t) => t.lines[0] === '客户')).toBe(false);
    expect(texts(overlay)).toHaveLength(5);
    const code = overlay.find((e): e is SheetCode => e.kind === 'code');
    expect(code).toMatchObject({ xMm: 150, yMm: 60, widthMm: 60, heightMm: 12, keepAspect: false });
  });

  it('leaves out an empty field and a code with no value', () => {
    const els = templateSheet(form, { customer: '', amount: null }).elements;
    expect(texts(els).map((t) => t.lines[0])).toEqual(['客户']);
    expect(els.some((e) => e.kind === 'code')).toBe(false);
  });

  it('applies the printer profile as one translation of the whole page, positions untouched', () => {
    const sheet = templateSheet(form, record, { profile: { offsetXMm: 1.5, offsetYMm: -0.8, driftMmPerSheet: 0 } });
    expect(sheet.offset).toEqual({ xMm: 1.5, yMm: -0.8 });
    expect(textOf(sheet.elements, 30, 20)).toBe('鑫源商贸');
  });

  it('drift: sheet n of a continuous batch moves up by n × drift', () => {
    const profile = { offsetXMm: 0, offsetYMm: 1, driftMmPerSheet: 0.3 };
    expect(templateSheet(form, record, { profile, sheetIndex: 0 }).offset).toEqual({ xMm: 0, yMm: 1 });
    expect(templateSheet(form, record, { profile, sheetIndex: 4 }).offset).toEqual({ xMm: 0, yMm: -0.2 });
  });

  it('shows the background on screen only unless printing it is asked for', () => {
    expect(templateSheet(form, record).background).toEqual({ dataUrl: 'data:image/png;base64,AAAA', printed: false });
    expect(templateSheet(form, record, { printBackground: true }).background?.printed).toBe(true);
  });

  it('prints a copy label in the top-right corner when asked', () => {
    const label = texts(templateSheet(form, record, { copyLabel: '第二联 客户(红)' }).elements).at(-1);
    expect(label).toMatchObject({ lines: ['第二联 客户(红)'], align: 'right' });
    expect((label?.xMm ?? 0) + (label?.widthMm ?? 0)).toBeLessThanOrEqual(241);
  });
});

describe('templateDocument', () => {
  it('a batch is one document: one sheet per record, numbered for drift', () => {
    const profile = { offsetXMm: 0, offsetYMm: 0, driftMmPerSheet: 0.5 };
    const doc = templateDocument(form, [record, record, record], { profile });
    expect(doc.pageSize).toEqual({ widthMm: 241, heightMm: 93 });
    expect(doc.sheets.map((s) => s.offset?.yMm)).toEqual([0, -0.5, -1]);
  });

  it('copies printed separately on plain paper: every record once per copy label', () => {
    const doc = templateDocument(form, [record, record], { separateCopies: true });
    expect(doc.sheets).toHaveLength(6);
    expect(texts(doc.sheets[4]?.elements ?? []).at(-1)?.lines).toEqual(['第二联 客户(红)']);
    expect(templateDocument(form, [record]).sheets).toHaveLength(1);
  });
});
