/**
 * Where text lands inside its box, decided here and not by a font: the renderer draws each line with
 * its baseline at exactly these coordinates (SVG text), so 宋体 on the center's PC and Noto CJK
 * elsewhere put the same characters at the same millimetres.
 */
import { ptToMm, type SheetText } from './sheet';

/**
 * How far the CJK ideographic em box reaches above the baseline, in em: 0.88 in Noto CJK (its
 * ideographic baseline is 0.12 em below the alphabetic one) and 0.86 in 宋体/SimSun. The em box is
 * centred in each line, so a line's baseline is its middle plus (0.88 − 0.12) / 2 em.
 */
export const emAscent = 0.88;
export const emDescent = 0.12;
const baselineBelowMiddleEm = (emAscent - emDescent) / 2;

/** The x every line is anchored at: the left edge, the box centre or the right edge. */
export function anchorXMm(t: Pick<SheetText, 'xMm' | 'widthMm' | 'align'>): number {
  if (t.align === 'center') return t.xMm + t.widthMm / 2;
  if (t.align === 'right') return t.xMm + t.widthMm;
  return t.xMm;
}

/** The top of the first line: the block of lines sits at the top, middle or bottom of the box. */
export function blockTopMm(t: Pick<SheetText, 'yMm' | 'heightMm' | 'lines' | 'lineHeightMm' | 'vAlign'>): number {
  const blockMm = t.lines.length * t.lineHeightMm;
  if (t.vAlign === 'middle') return t.yMm + (t.heightMm - blockMm) / 2;
  if (t.vAlign === 'bottom') return t.yMm + t.heightMm - blockMm;
  return t.yMm;
}

/** The baseline of each line, mm from the page top. */
export function lineBaselinesMm(t: Pick<SheetText, 'yMm' | 'heightMm' | 'lines' | 'lineHeightMm' | 'vAlign' | 'sizePt'>): number[] {
  const top = blockTopMm(t);
  const drop = t.lineHeightMm / 2 + baselineBelowMiddleEm * ptToMm(t.sizePt);
  return t.lines.map((_, i) => top + i * t.lineHeightMm + drop);
}
