import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { CallLog } from '@shared/domain/call-log';
import { callRegisterSource } from './print-source';
import { printDocument, toPrintDocument } from './print-document';

const call: CallLog = {
  id: 1, direction: 'in', at: new Date(2025, 2, 3, 9, 30).getTime(), phone: '13912345678', customerId: 1,
  contact: '', topic: 'consult', content: '咨询净水器滤芯更换周期', result: '已告知', createdAt: 0,
};
const range = { from: '2025-03-01', to: '2025-03-31' };

describe('printDocument', () => {
  it('is a standalone HTML document with the A4 @page rule, no margins and no scripts', () => {
    const doc = printDocument(createElement('p', null, '页'), { widthMm: 210, heightMm: 297 }, '电话记录表 <1>');
    expect(doc.html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.html).toContain('@page { size: 210mm 297mm; margin: 0; }');
    expect(doc.html).toMatch(/html, body \{ margin: 0;/);
    expect(doc.html).toContain('<title>电话记录表 &lt;1&gt;</title>');
    expect(doc.html).not.toMatch(/<script|<link/);
    expect(doc.pageSize).toEqual({ widthMm: 210, heightMm: 297 });
  });
});

describe('callRegisterSource', () => {
  const source = callRegisterSource([call], new Map([[1, { name: '张三丰' }]]), range, 'zh-CN', { now: 0 });

  it('names the document and its PDF after the register and the range', () => {
    expect(source.title).toBe('电话记录表');
    expect(source.fileName).toBe('电话记录表_2025-03-01_2025-03-31');
    expect(source.pageCount).toBe(1);
    expect(source.pageSize).toEqual({ widthMm: 210, heightMm: 297 });
  });

  it('renders each page as a 210mm × 297mm sheet holding the call and the customer in Chinese', () => {
    const { html } = toPrintDocument(source);
    expect(html).toContain('width: 210mm; height: 297mm');
    expect(html.match(/class="print-sheet"/g)).toHaveLength(1);
    expect(html).toContain('咨询净水器滤芯更换周期');
    expect(html).toContain('张三丰');
    expect(html).toContain('第 1 页 / 共 1 页');
    expect(html).toContain('font-family:&quot;SimHei&quot;,&quot;黑体&quot;');
  });

  it('prints black only: no colour other than #000 and the white sheet', () => {
    const { html } = toPrintDocument(source);
    const colours = new Set(html.match(/#[0-9a-f]{3,6}\b/gi));
    expect([...colours].sort()).toEqual(['#000', '#fff']);
  });

  it('gives two sheets for 17 calls', () => {
    const many = Array.from({ length: 17 }, (_, i) => ({ ...call, id: i + 1, at: call.at + i * 60_000 }));
    const { html } = toPrintDocument(callRegisterSource(many, new Map(), range, 'zh-CN'));
    expect(html.match(/class="print-sheet"/g)).toHaveLength(2);
    expect(html).toContain('第 2 页 / 共 2 页');
  });
});
