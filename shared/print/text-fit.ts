/**
 * Fitting text into a fixed box without a browser. Widths are upper bounds of the print fonts'
 * advance widths, measured in Chromium: 宋体/SimSun has half-em ASCII, but the Noto CJK fallback's
 * Latin is proportional (W = 1.05 em in Noto Serif CJK). CJK and every other non-ASCII character
 * count as a full em. Estimates err wide, so text that fits here fits on paper; the renderer still
 * clips, never spills.
 */
import { ptToMm } from './sheet';

export const ellipsis = '…';

function asciiWidthEm(ch: string): number {
  if (ch === 'W') return 1.06;
  if ('Mm@%'.includes(ch)) return 1;
  if (/[A-Zw&]/.test(ch)) return 0.86;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[a-z#$+<=>^_~*?"`]/.test(ch)) return 0.67;
  // Space, brackets, slashes and the narrow punctuation.
  return 0.4;
}

/** Width of one character in em. */
export function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return 0;
  return code < 0x7f ? asciiWidthEm(ch) : 1;
}

export function textWidthMm(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * ptToMm(sizePt);
}

const isWordChar = (ch: string) => /[A-Za-z0-9]/.test(ch);

function widthOf(chars: string[], sizePt: number): number {
  return textWidthMm(chars.join(''), sizePt);
}

/**
 * Where to end a full line: before the Latin word or number that `next` continues, so that
 * a model number such as "2000W" or a phone number is not split, unless it alone would not fit a line.
 */
function breakIndex(line: string[], next: string, widthMm: number, sizePt: number): number {
  if (!isWordChar(next)) return line.length;
  let start = line.length;
  while (start > 0 && isWordChar(line[start - 1] ?? '')) start--;
  if (start === 0) return line.length;
  const carried = widthOf(line.slice(start), sizePt) + textWidthMm(next, sizePt);
  return carried <= widthMm ? start : line.length;
}

/** Breaks one paragraph into lines no wider than `widthMm`: anywhere in Chinese, between Latin words. */
function wrapParagraph(paragraph: string, widthMm: number, sizePt: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let lineMm = 0;
  for (const ch of paragraph) {
    const chMm = textWidthMm(ch, sizePt);
    if (line.length > 0 && lineMm + chMm > widthMm) {
      const cut = breakIndex(line, ch, widthMm, sizePt);
      lines.push(line.slice(0, cut).join('').trimEnd());
      line = line.slice(cut);
      lineMm = widthOf(line, sizePt);
      if (ch === ' ' && line.length === 0) continue;
    }
    line.push(ch);
    lineMm += chMm;
  }
  lines.push(line.join('').trimEnd());
  return lines;
}

/** Cuts a line so that it plus the ellipsis fits the width. */
function withEllipsis(line: string, widthMm: number, sizePt: number): string {
  const chars = [...line];
  while (chars.length > 0 && textWidthMm(chars.join('') + ellipsis, sizePt) > widthMm) chars.pop();
  return chars.join('') + ellipsis;
}

export interface FittedText {
  lines: string[];
  truncated: boolean;
}

/**
 * Wraps text (honouring line breaks) into at most `maxLines` lines of `widthMm`; what does not fit is
 * cut and the last line ends in "…", so a long entry stays inside its cell.
 */
export function fitText(text: string, widthMm: number, sizePt: number, maxLines: number): FittedText {
  const paragraphs = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const all = paragraphs.flatMap((p) => wrapParagraph(p.trim(), widthMm, sizePt));
  // Blank lines would waste a cell's few lines on paper.
  const lines = all.filter((l) => l !== '');
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = withEllipsis(kept[last] ?? '', widthMm, sizePt);
  return { lines: kept, truncated: true };
}
