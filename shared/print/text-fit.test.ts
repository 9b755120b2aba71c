import { describe, expect, it } from 'vitest';
import { ellipsis, fitText, textWidthMm } from './text-fit';

describe('textWidthMm', () => {
  it('counts a CJK character as one em and a digit as about half', () => {
    // 10 pt = 3.5278 mm
    expect(textWidthMm('咨询', 10)).toBeCloseTo(7.056, 2);
    expect(textWidthMm('1', 10)).toBeGreaterThan(1.5);
    expect(textWidthMm('1', 10)).toBeLessThan(2.2);
  });
});

describe('fitText', () => {
  it('keeps short text on one line untouched', () => {
    expect(fitText('来电', 20, 9, 3)).toEqual({ lines: ['来电'], truncated: false });
  });

  it('wraps Chinese text so that no line is wider than the box', () => {
    const text = '客户反映净水器出水变慢,滤芯已使用十四个月,建议更换前置滤芯并上门检查';
    const fitted = fitText(text, 30, 9, 10);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.join('')).toBe(text);
    for (const l of fitted.lines) expect(textWidthMm(l, 9)).toBeLessThanOrEqual(30);
  });

  it('cuts text beyond the last line and ends it with an ellipsis that still fits', () => {
    const text = '很长的内容'.repeat(30);
    const fitted = fitText(text, 30, 9, 3);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines[2]?.endsWith(ellipsis)).toBe(true);
    for (const l of fitted.lines) expect(textWidthMm(l, 9)).toBeLessThanOrEqual(30);
  });

  it('honours line breaks and drops blank lines', () => {
    expect(fitText('2025-01-05\n\n09:30', 30, 9, 3).lines).toEqual(['2025-01-05', '09:30']);
  });

  it('gives no lines for empty text', () => {
    expect(fitText('   ', 30, 9, 3)).toEqual({ lines: [], truncated: false });
  });
});

describe('fitText with Latin words and numbers', () => {
  it('moves a model number that does not fit to the next line instead of splitting it', () => {
    const fitted = fitText('客户的净水器RO-2000W漏水', 25, 9, 3);
    expect(fitted.lines.some((l) => l.includes('2000W'))).toBe(true);
    for (const l of fitted.lines) expect(textWidthMm(l, 9)).toBeLessThanOrEqual(25);
  });

  it('still breaks a word longer than the whole line', () => {
    const fitted = fitText('W'.repeat(30), 20, 9, 10);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.join('')).toBe('W'.repeat(30));
    for (const l of fitted.lines) expect(textWidthMm(l, 9)).toBeLessThanOrEqual(20);
  });
});

describe('fitText line-breaking rules (禁则)', () => {
  it('never starts a line with closing punctuation: the character before it moves along', () => {
    // 10 characters fit a 35.3 mm line at 10 pt; the 11th is "。".
    const fitted = fitText('工作日白天送货前电话。请', 10 * 3.5278 + 0.01, 10, 3);
    expect(fitted.lines).toEqual(['工作日白天送货前电', '话。请']);
  });

  it('never ends a line with an opening bracket', () => {
    const fitted = fitText('净水器滤芯更换周期（十二个月）', 10 * 3.5278 + 0.01, 10, 3);
    expect(fitted.lines[0]).toBe('净水器滤芯更换周期');
    expect(fitted.lines[1]?.startsWith('（')).toBe(true);
  });
});
