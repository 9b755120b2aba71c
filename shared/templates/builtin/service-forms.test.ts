import { describe, expect, it } from 'vitest';
import type { SheetText } from '../../print/sheet';
import { templateSheet } from '../template-sheet';
import { sampleServiceCard, sampleServiceReport, serviceCardRecord, serviceReportRecord } from './service-data';
import { serviceCardTemplate, serviceReportTemplate } from './service-forms';

const texts = (els: { kind: string }[]) => els.filter((e): e is SheetText => e.kind === 'text').map((e) => e.lines.join(''));

describe('service report and card templates', () => {
  it('the report is A4 with a field for every value it prints and three signature boxes', () => {
    const t = serviceReportTemplate('zh-CN');
    expect(t.paper).toEqual({ widthMm: 210, heightMm: 297 });
    const record = serviceReportRecord(sampleServiceReport);
    expect(t.fields.map((f) => f.key).sort()).toEqual(Object.keys(record).sort());
    const printed = texts(templateSheet(t, record).elements);
    for (const caption of ['客户签收', '技术员签字', '主管审核', '服务报告']) expect(printed).toContain(caption);
    // The report date in the heading, and one date line per signature box.
    expect(printed.filter((s) => s === '日期:')).toHaveLength(4);
    expect(printed.join('')).toContain('加热器模块 ×1 个');
    expect(t.statics.filter((s) => s.type === 'box')).toHaveLength(3);
  });

  it('the card is A5 landscape and prints its number, product and next service date', () => {
    const t = serviceCardTemplate('en');
    expect(t.paper).toEqual({ widthMm: 210, heightMm: 148 });
    const record = serviceCardRecord(sampleServiceCard);
    expect(t.fields.map((f) => f.key).sort()).toEqual(Object.keys(record).sort());
    const printed = texts(templateSheet(t, record).elements).join('|');
    expect(printed).toContain('FK20250314-001');
    expect(printed).toContain('2025-09-14');
    expect(printed).toContain('Service card');
  });
});
