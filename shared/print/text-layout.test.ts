import { describe, expect, it } from 'vitest';
import { ptToMm, type SheetText } from './sheet';
import { anchorXMm, lineBaselinesMm } from './text-layout';

const text = (over: Partial<SheetText>): SheetText => ({
  kind: 'text', xMm: 10, yMm: 20, widthMm: 40, heightMm: 12, lines: ['甲', '乙'], font: 'body', sizePt: 10,
  lineHeightMm: 5, align: 'left', vAlign: 'top', ...over,
});

describe('text layout', () => {
  it('anchors left text at x, centred text at the box centre, right text at the right edge', () => {
    expect(anchorXMm(text({ align: 'left' }))).toBe(10);
    expect(anchorXMm(text({ align: 'center' }))).toBe(30);
    expect(anchorXMm(text({ align: 'right' }))).toBe(50);
  });

  it('puts each baseline 0.38 em below the middle of its line (the CJK em box centred in the line)', () => {
    const em = ptToMm(10);
    const [first, second] = lineBaselinesMm(text({ vAlign: 'top' }));
    expect(first).toBeCloseTo(20 + 2.5 + 0.38 * em, 6);
    expect(second).toBeCloseTo(20 + 7.5 + 0.38 * em, 6);
    // The em box (0.88 above, 0.12 below the baseline) stays inside the first line.
    expect((first ?? 0) - 0.88 * em).toBeGreaterThanOrEqual(20);
    expect((first ?? 0) + 0.12 * em).toBeLessThanOrEqual(25);
  });

  it('centres the block of lines in the middle of the box, or sets it on the bottom', () => {
    const em = ptToMm(10);
    expect(lineBaselinesMm(text({ vAlign: 'middle' }))[0]).toBeCloseTo(20 + 1 + 2.5 + 0.38 * em, 6);
    expect(lineBaselinesMm(text({ vAlign: 'bottom' }))[1]).toBeCloseTo(32 - 2.5 + 0.38 * em, 6);
  });
});
