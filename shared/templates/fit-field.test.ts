import { describe, expect, it } from 'vitest';
import { ptToMm } from '../print/sheet';
import { ellipsis, textWidthMm } from '../print/text-fit';
import { minFontPt, shrinkToFit, wrapLineSpacing, wrapToFit } from './fit-field';

const song = { font: 'body', bold: false } as const;

describe('shrinkToFit', () => {
  it('keeps the designed size when the text fits', () => {
    const f = shrinkToFit('张三丰', { widthMm: 40, heightMm: 7 }, 12, song);
    expect(f).toMatchObject({ lines: ['张三丰'], sizePt: 12 });
  });

  it('reduces the font until one line fits the width, never below what is needed', () => {
    const text = '深圳软件产业基地售后服务中心收发室';
    const f = shrinkToFit(text, { widthMm: 40, heightMm: 7 }, 12, song);
    expect(f.lines).toEqual([text]);
    expect(f.sizePt).toBeLessThan(12);
    expect(textWidthMm(text, f.sizePt, song)).toBeLessThanOrEqual(40);
    // The next size step up would not fit: it shrank no more than needed.
    expect(textWidthMm(text, f.sizePt + 0.25, song)).toBeGreaterThan(40);
  });

  it('shrinks to the box height too, and puts line breaks on one line', () => {
    const f = shrinkToFit('一行\n两行', { widthMm: 80, heightMm: 3 }, 12, song);
    expect(f.lines).toEqual(['一行 两行']);
    expect(ptToMm(f.sizePt)).toBeLessThanOrEqual(3);
  });

  it('cuts with … at the smallest size when even that is too wide', () => {
    const f = shrinkToFit('很长'.repeat(40), { widthMm: 20, heightMm: 6 }, 12, song);
    expect(f.sizePt).toBe(minFontPt);
    expect(f.lines[0]?.endsWith(ellipsis)).toBe(true);
    expect(textWidthMm(f.lines[0] ?? '', minFontPt, song)).toBeLessThanOrEqual(20);
  });

  it('counts bold and fixed-pitch text wider than regular', () => {
    const digits = '13912345678';
    expect(textWidthMm(digits, 10, { bold: true })).toBeGreaterThan(textWidthMm(digits, 10));
    expect(textWidthMm(digits, 10, { font: 'mono' })).toBeCloseTo(11 * 0.61 * ptToMm(10), 6);
  });
});

describe('wrapToFit', () => {
  const address = '广东省深圳市南山区科技园南区高新南七道 18 号深圳软件产业基地 4 栋 B 座 1203 室';

  it('wraps within the box at the designed size, as many lines as its height holds', () => {
    const f = wrapToFit(address, { widthMm: 50, heightMm: 15 }, 11, song);
    expect(f.sizePt).toBe(11);
    expect(f.lineHeightMm).toBeCloseTo(ptToMm(11) * wrapLineSpacing, 6);
    expect(f.lines.length).toBeGreaterThan(1);
    expect(f.lines.length * f.lineHeightMm).toBeLessThanOrEqual(15);
    for (const l of f.lines) expect(textWidthMm(l, 11, song)).toBeLessThanOrEqual(50);
  });

  it('truncates what does not fit with …, never spilling below the box', () => {
    const f = wrapToFit(address.repeat(5), { widthMm: 50, heightMm: 10 }, 11, song);
    expect(f.lines).toHaveLength(2);
    expect(f.lines.at(-1)?.endsWith(ellipsis)).toBe(true);
  });

  it('shrinks only when not even one line fits the height', () => {
    const f = wrapToFit('地址', { widthMm: 50, heightMm: 4 }, 12, song);
    expect(f.sizePt).toBeLessThan(12);
    expect(f.lineHeightMm).toBeLessThanOrEqual(4);
    expect(f.lines).toEqual(['地址']);
  });
});
