import { describe, expect, it } from 'vitest';
import { translate, type StringKey } from '../i18n';
import { parseTemplate, templateProblemText, type Template } from './template';

const base: Template = {
  id: 'waybill-generic',
  name: '通用快递单',
  paper: { widthMm: 230, heightMm: 127 },
  orientation: 'landscape',
  mode: 'overlay',
  copyLabels: [],
  fields: [
    { key: 'recipient.name', x: 120, y: 30, width: 40, height: 6, fontFamily: 'song', fontSizePt: 11, bold: false, align: 'left', overflow: 'shrink', format: 'text' },
  ],
  statics: [{ type: 'box', x: 0, y: 0, width: 230, height: 127, widthMm: 0.3 }],
};

describe('template JSON validation', () => {
  it('accepts a valid template', () => {
    const r = parseTemplate(JSON.parse(JSON.stringify(base)));
    expect(r.ok).toBe(true);
  });

  it('refuses unknown keys', () => {
    const r = parseTemplate({ ...base, colour: 'red' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ kind: 'unknownKeys', path: '', keys: ['colour'] }]);
  });

  it('refuses negative sizes', () => {
    const r = parseTemplate({ ...base, fields: [{ ...base.fields[0], width: -5 }] });
    expect(r.ok).toBe(false);
  });

  it('refuses a field off the page', () => {
    const r = parseTemplate({ ...base, fields: [{ ...base.fields[0], x: 200, width: 40 }] });
    expect(r).toEqual({ ok: false, problems: [{ kind: 'fieldOffPage', index: 0, key: 'recipient.name' }] });
  });

  it('refuses a grid that runs off the page', () => {
    const r = parseTemplate({ ...base, statics: [{ type: 'grid', x: 10, y: 10, colWidths: [100, 130], rowHeights: [10], widthMm: 0.2 }] });
    expect(r).toEqual({ ok: false, problems: [{ kind: 'staticOffPage', index: 0, type: 'grid' }] });
  });

  it('words every refusal in Chinese (and English), naming what is wrong', () => {
    const zh = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
    const en = (key: StringKey, params?: Record<string, string | number>) => translate('en', key, params);
    expect(templateProblemText(zh, { kind: 'fieldOffPage', index: 0, key: 'recipient.name' })).toBe('字段 recipient.name 超出纸张范围');
    expect(templateProblemText(zh, { kind: 'staticOffPage', index: 2, type: 'grid' })).toBe('第 3 个固定元素(表格)超出纸张范围');
    expect(templateProblemText(zh, { kind: 'format', path: 'fields.0.width', detail: 'Too small' })).toBe('“fields.0.width”的格式或取值不正确');
    expect(templateProblemText(zh, { kind: 'format', path: '', detail: 'Unrecognized key' })).toBe('文件内容不是模板的格式');
    expect(templateProblemText(zh, { kind: 'unknownKeys', path: '', keys: ['colour'] })).toBe('模板中有模板没有的项:colour');
    expect(templateProblemText(en, { kind: 'copyLabelOffPage' })).toBe('The copy label box runs off the paper');
  });

  it('accepts a label’s font family and a copy label box, and refuses an unknown family or a box off the page', () => {
    const labelled = {
      ...base,
      copyLabels: ['第一联 存根(白)'],
      copyLabelBox: { x: 180, y: 2, width: 45, height: 5 },
      statics: [{ type: 'text', text: '收件人', x: 5, y: 5, width: 20, height: 6, fontFamily: 'hei', fontSizePt: 10, bold: true, align: 'left' }],
    };
    expect(parseTemplate(labelled).ok).toBe(true);
    const badFamily = parseTemplate({ ...labelled, statics: [{ ...labelled.statics[0], fontFamily: 'comic' }] });
    expect(badFamily.ok).toBe(false);
    expect(parseTemplate({ ...labelled, copyLabelBox: { x: 200, y: 2, width: 45, height: 5 } })).toEqual({
      ok: false,
      problems: [{ kind: 'copyLabelOffPage' }],
    });
  });
});
