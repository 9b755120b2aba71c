/**
 * A field's text fitted to its box, the two ways a form can handle too much text: shrink the font
 * until one line fits, or wrap within the box and cut the rest with "…". Either way nothing spills.
 * Widths are text-fit's upper-bound estimates, so what fits here fits on paper.
 */
import { mmPerPt, ptToMm, type SheetFont } from '../print/sheet';
import { fitText, textWidthMm, withEllipsis, type TextStyle } from '../print/text-fit';

/** Line height of wrapped text, as a multiple of the font size. */
export const wrapLineSpacing = 1.25;
/** The smallest size shrinking goes to (the schema's minimum); below it the text is cut instead. */
export const minFontPt = 4;
const stepPt = 0.25;

export interface FieldBox {
  widthMm: number;
  heightMm: number;
}

export interface FittedField {
  lines: string[];
  sizePt: number;
  lineHeightMm: number;
}

const floorToStep = (pt: number) => Math.floor(pt / stepPt + 1e-9) * stepPt;

/**
 * Shrink to fit: one line (line breaks become spaces) at the largest size ≤ `sizePt` whose width
 * fits the box and whose em box fits its height; cut with "…" at `minFontPt` if even that is too wide.
 */
export function shrinkToFit(text: string, box: FieldBox, sizePt: number, style: TextStyle): FittedField {
  const line = text.replace(/\s*\r?\n\s*/g, ' ').trim();
  // Width grows linearly with the size: the width at 1 pt gives the largest size that fits.
  const mmAt1Pt = textWidthMm(line, 1, style);
  const byWidth = mmAt1Pt > 0 ? box.widthMm / mmAt1Pt : sizePt;
  const byHeight = box.heightMm / mmPerPt;
  const size = Math.max(minFontPt, Math.min(sizePt, floorToStep(byWidth), floorToStep(byHeight)));
  const fits = textWidthMm(line, size, style) <= box.widthMm;
  return {
    lines: line ? [fits ? line : withEllipsis(line, box.widthMm, size, style)] : [],
    sizePt: size,
    lineHeightMm: Math.min(box.heightMm, ptToMm(size) * wrapLineSpacing),
  };
}

/**
 * Wrap within the box: as many lines of `sizePt` as the height holds (the font shrinks only when not
 * even one line fits the height); text beyond the last line is cut and ends in "…".
 */
export function wrapToFit(text: string, box: FieldBox, sizePt: number, style: TextStyle): FittedField {
  const oneLineMax = floorToStep(box.heightMm / (mmPerPt * wrapLineSpacing));
  const size = Math.max(minFontPt, Math.min(sizePt, oneLineMax));
  const lineHeightMm = Math.min(box.heightMm, ptToMm(size) * wrapLineSpacing);
  const maxLines = Math.max(1, Math.floor(box.heightMm / lineHeightMm + 1e-9));
  return { lines: fitText(text, box.widthMm, size, maxLines, style).lines, sizePt: size, lineHeightMm };
}

export const fontOfFamily: Record<'song' | 'hei' | 'mono', SheetFont> = { song: 'body', hei: 'title', mono: 'mono' };
