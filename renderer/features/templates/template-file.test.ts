import { describe, expect, it } from 'vitest';
import { translate, type StringKey } from '@shared/i18n';
import type { Template } from '@shared/templates/template';
import { readTemplateFile, templateFileBytes, templateFileName } from './template-file';

const t = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

const template: Template = {
  id: 'waybill-generic', name: '通用快递单', paper: { widthMm: 230, heightMm: 127 }, orientation: 'landscape',
  mode: 'overlay', copyLabels: [], statics: [],
  fields: [{ key: 'recipient.name', x: 120, y: 30, width: 40, height: 6, fontFamily: 'song', fontSizePt: 11, bold: false, align: 'left', overflow: 'shrink', format: 'text' }],
};

const text = (value: unknown) => JSON.stringify(value);

describe('template JSON files', () => {
  it('round-trips an exported template', () => {
    const bytes = templateFileBytes(template);
    expect(readTemplateFile(new TextDecoder().decode(bytes), template, t)).toEqual({ ok: true, template });
    expect(templateFileName(template)).toBe('通用快递单.waybill-generic.json');
    expect(templateFileName({ ...template, name: '快递单 A/B' })).toBe('快递单 A_B.waybill-generic.json');
  });

  it('refuses a file that is not JSON', () => {
    expect(readTemplateFile('{oops', template, t)).toEqual({ ok: false, reasons: ['文件不是 JSON 格式。'] });
  });

  it('refuses unknown keys, negative sizes and fields off the page, naming each', () => {
    const bad = { ...template, colour: 'red', fields: [{ ...template.fields[0], width: -3 }] };
    const r = readTemplateFile(text(bad), template, t);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reasons).toContain('模板中有模板没有的项:colour');
      expect(r.reasons).toContain('“fields.0.width”的格式或取值不正确');
    }
    const off = readTemplateFile(text({ ...template, fields: [{ ...template.fields[0], x: 200 }] }), template, t);
    expect(off).toEqual({ ok: false, reasons: ['字段 recipient.name 超出纸张范围'] });
  });

  it('refuses a valid file of another template', () => {
    const r = readTemplateFile(text({ ...template, id: 'label-100x150', name: '热敏标签' }), template, t);
    expect(r).toEqual({ ok: false, reasons: ['此文件是模板「热敏标签」的,当前打开的是「通用快递单」。'] });
  });
});
