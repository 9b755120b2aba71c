import { describe, expect, it } from 'vitest';
import type { SheetText } from '../../print/sheet';
import { textWidthMm } from '../../print/text-fit';
import { parseTemplate } from '../template';
import { templateBatch, templateSheet } from '../template-sheet';
import { builtinTemplate, sampleData } from './index';
import { purchaseSlipIds, purchaseSlipLinesPerSheet, purchaseSlipTemplate } from './purchase-slip';
import { purchaseSlipRecords, samplePurchaseSlip } from './purchase-slip-data';

const texts = (els: { kind: string }[]) => els.filter((e): e is SheetText => e.kind === 'text');

describe('purchase slip templates (产品购销单)', () => {
  it('are valid templates on 241×93 and 241×140 paper, in both languages, registered as built-ins', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const id of purchaseSlipIds) {
        const t = purchaseSlipTemplate(id, lang);
        expect(parseTemplate(JSON.parse(JSON.stringify(t)))).toEqual({ ok: true, template: t });
        expect(builtinTemplate(id, lang)).toEqual(t);
      }
    }
    expect(purchaseSlipTemplate('purchase-slip-241x93').paper).toEqual({ widthMm: 241, heightMm: 93 });
    expect(purchaseSlipTemplate('purchase-slip-241x140').paper).toEqual({ widthMm: 241, heightMm: 140 });
  });

  it('print in overlay mode with the three copy labels white, red, yellow', () => {
    const t = purchaseSlipTemplate('purchase-slip-241x93');
    expect(t.mode).toBe('overlay');
    expect(t.copyLabels).toEqual(['第一联 存根(白)', '第二联 客户(红)', '第三联 财务(黄)']);
  });

  it('have the header, N lines of product/spec/unit/qty/price/amount, total, 大写金额, handler and remarks', () => {
    const keys = new Set(purchaseSlipTemplate('purchase-slip-241x93').fields.map((f) => f.key));
    for (const k of ['no', 'date', 'customer', 'phone', 'address', 'orderType', 'delivery', 'total', 'totalCapital', 'handler', 'remarks']) {
      expect(keys.has(k), k).toBe(true);
    }
    for (let n = 1; n <= 6; n++) for (const c of ['product', 'spec', 'unit', 'qty', 'price', 'amount']) expect(keys.has(`line${n}.${c}`)).toBe(true);
    expect(keys.has('line7.product')).toBe(false);
    expect(purchaseSlipLinesPerSheet('purchase-slip-241x140')).toBe(12);
  });

  it('the full form has the signature box and the column captions; the sample fills every field inside its box', () => {
    for (const id of purchaseSlipIds) {
      const t = purchaseSlipTemplate(id);
      const data = sampleData(id);
      for (const f of t.fields) expect(data[f.key], `${id} ${f.key}`).toBeTruthy();
      const sheet = templateSheet(t, data, { mode: 'full' });
      const all = texts(sheet.elements);
      const words = all.flatMap((x) => x.lines).join('');
      for (const w of ['产品购销单', '客户签字', '规格型号', '合计金额(大写)', '张三丰', '广东省']) expect(words).toContain(w);
      expect(words).toContain(id === 'purchase-slip-241x93' ? '叁仟陆佰伍拾肆元整' : '柒仟叁佰零捌元整');
      for (const text of all) {
        expect(text.lines.length * text.lineHeightMm).toBeLessThanOrEqual(text.heightMm + 1e-6);
        for (const line of text.lines) expect(textWidthMm(line, text.sizePt, text)).toBeLessThanOrEqual(text.widthMm + 1e-6);
      }
      // Overlay prints the data only: no captions.
      expect(texts(templateSheet(t, data).elements).flatMap((x) => x.lines).join('')).not.toContain('客户签字');
    }
  });

  it('plain paper: each record prints as three sheets, each with its copy label', () => {
    const t = purchaseSlipTemplate('purchase-slip-241x93');
    const batch = templateBatch(t, [sampleData(t.id)], { separateCopies: true });
    expect(batch.count).toBe(3);
    const label = (i: number) => texts(batch.sheetAt(i).elements).at(-1)?.lines.join('');
    expect([label(0), label(1), label(2)]).toEqual(t.copyLabels);
  });
});

describe('purchaseSlipRecords', () => {
  it('cuts the lines into sheets of the form, numbering lines across sheets and the sheets in the number', () => {
    const slip = samplePurchaseSlip(8);
    const records = purchaseSlipRecords(slip, 6);
    expect(records).toHaveLength(2);
    expect(records[0]?.no).toBe('GX20261127-001 (1/2)');
    expect(records[1]?.['line1.no']).toBe(7);
    expect(records[1]?.['line2.product']).toBe(slip.lines[7]?.product);
    expect(records[1]?.['line3.product']).toBeUndefined();
    expect(records[1]?.total).toBe(slip.total);
    expect(purchaseSlipRecords(samplePurchaseSlip(2), 6)[0]?.no).toBe('GX20261127-001');
  });

  it('prints one sheet for a slip without lines, and refuses a form without lines', () => {
    expect(purchaseSlipRecords({ ...samplePurchaseSlip(1), lines: [] }, 6)).toHaveLength(1);
    expect(() => purchaseSlipRecords(samplePurchaseSlip(1), 0)).toThrow(RangeError);
  });
});
