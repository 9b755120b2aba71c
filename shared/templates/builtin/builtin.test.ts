import { describe, expect, it } from 'vitest';
import type { SheetText } from '../../print/sheet';
import { textWidthMm } from '../../print/text-fit';
import { parseTemplate } from '../template';
import { templateSheet } from '../template-sheet';
import { calibrationCrosshairs, calibrationTemplate } from './calibration-page';
import { builtinTemplate, builtinTemplateIds, builtinTemplates, sampleData } from './index';
import { fullAddress } from './waybill-data';

const texts = (els: { kind: string }[]) => els.filter((e): e is SheetText => e.kind === 'text');

describe('built-in templates', () => {
  it('are valid templates (schema, on the page) under their registry ids, in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const all = builtinTemplates(lang);
      expect(all.map((t) => t.id)).toEqual([...builtinTemplateIds]);
      for (const t of all) expect(parseTemplate(JSON.parse(JSON.stringify(t))), t.id).toEqual({ ok: true, template: t });
    }
  });

  it('have the papers the center uses: waybills 230×127, thermal labels 100×150, 100×180, 76×130', () => {
    const sizes = Object.fromEntries(builtinTemplates().map((t) => [t.id, `${t.paper.widthMm}×${t.paper.heightMm}`]));
    expect(sizes).toMatchObject({
      'waybill-generic': '230×127', 'waybill-sf': '230×127', 'waybill-ems': '230×127',
      'thermal-100x150': '100×150', 'thermal-100x180': '100×180', 'thermal-76x130': '76×130',
    });
  });

  it('waybills print in overlay mode, and every carrier variant has the generic waybill’s fields', () => {
    const keys = (id: (typeof builtinTemplateIds)[number]) => builtinTemplate(id).fields.map((f) => f.key).sort();
    const generic = keys('waybill-generic');
    expect(generic).toEqual(
      ['date', 'goods', 'pieces', 'recipient.address', 'recipient.city', 'recipient.district', 'recipient.name', 'recipient.phone',
        'recipient.province', 'remarks', 'sender.address', 'sender.name', 'sender.phone'],
    );
    for (const carrier of ['sf', 'zto', 'yto', 'sto', 'yunda', 'ems'] as const) {
      const t = builtinTemplate(`waybill-${carrier}`);
      expect(t.mode).toBe('overlay');
      expect(keys(`waybill-${carrier}`)).toEqual(generic);
    }
    // Variants are not copies: the carriers' fields sit at different places.
    const at = (id: 'waybill-sf' | 'waybill-zto') => builtinTemplate(id).fields.find((f) => f.key === 'recipient.name');
    expect([at('waybill-sf')?.x, at('waybill-sf')?.y]).not.toEqual([at('waybill-zto')?.x, at('waybill-zto')?.y]);
  });

  it('thermal labels carry the tracking number as a Code 128 bar code with the number in text', () => {
    for (const id of ['thermal-100x150', 'thermal-100x180', 'thermal-76x130'] as const) {
      const t = builtinTemplate(id);
      expect(t.mode).toBe('full');
      expect(t.statics.filter((s) => s.type === 'barcode' && s.key === 'trackingNo').length).toBeGreaterThanOrEqual(1);
      expect(t.fields.filter((f) => f.key === 'trackingNo').length).toBeGreaterThanOrEqual(1);
      for (const key of ['recipient.name', 'recipient.phone', 'recipient.fullAddress', 'sender.name', 'goods']) {
        expect(t.fields.some((f) => f.key === key), `${id} ${key}`).toBe(true);
      }
      const codes = templateSheet(t, sampleData(id)).elements.filter((e) => e.kind === 'code');
      expect(codes.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('sample data fills every field of every template, and every text stays inside its box', () => {
    for (const t of builtinTemplates()) {
      const data = sampleData(t.id);
      for (const f of t.fields) expect(data[f.key], `${t.id} ${f.key}`).toBeTruthy();
      for (const text of texts(templateSheet(t, data).elements)) {
        expect(text.lines.length * text.lineHeightMm, `${t.id} ${text.lines[0]}`).toBeLessThanOrEqual(text.heightMm + 1e-6);
        for (const line of text.lines) {
          expect(textWidthMm(line, text.sizePt, text), `${t.id} ${line}`).toBeLessThanOrEqual(text.widthMm + 1e-6);
        }
      }
    }
  });
});

describe('calibration page', () => {
  it('has crosshairs 20 mm in from each corner and at the centre, each labelled with its coordinates', () => {
    const paper = { widthMm: 230, heightMm: 127 };
    expect(calibrationCrosshairs(paper)).toEqual([
      { x: 20, y: 20 }, { x: 210, y: 20 }, { x: 20, y: 107 }, { x: 210, y: 107 }, { x: 115, y: 63.5 },
    ]);
    const labels = calibrationTemplate(paper).statics.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    for (const l of ['(20, 20)', '(210, 20)', '(20, 107)', '(210, 107)', '(115, 63.5)']) expect(labels).toContain(l);
    expect(labels).toContain('校准页 230 × 127 mm');
  });

  it('has a ruler tick every millimetre and a grid line every 10 mm, and fits small label paper', () => {
    const t = calibrationTemplate({ widthMm: 100, heightMm: 150 });
    const lines = t.statics.filter((s) => s.type === 'line');
    expect(lines.length).toBeGreaterThanOrEqual(99 + 149 + 9 + 14);
    expect(parseTemplate(calibrationTemplate({ widthMm: 76, heightMm: 130 })).ok).toBe(true);
    expect(parseTemplate(calibrationTemplate({ widthMm: 241, heightMm: 280 })).ok).toBe(true);
  });
});

describe('fullAddress', () => {
  it('puts province, city and district before the street, each once', () => {
    expect(fullAddress(['广东省', '深圳市', '南山区'], '科技园 18 号')).toBe('广东省深圳市南山区科技园 18 号');
    expect(fullAddress(['广东省', '深圳市', '南山区'], '深圳市南山区科技园')).toBe('广东省深圳市南山区科技园');
  });
});
