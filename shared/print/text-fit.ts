/**
 * Fitting text into a fixed box without a browser. Widths are upper bounds of the print fonts'
 * advance widths, measured in Chromium: 宋体/SimSun has half-em ASCII, but the Noto CJK fallback's
 * Latin is proportional (W = 1.05 em in Noto Serif CJK, 1.09 em in its bold). CJK and every other
 * non-ASCII character count as a full em. Estimates err wide, so text that fits here fits on paper;
 * the renderer still clips, never spills.
 */
import { ptToMm, type SheetFont } from './sheet';

/** What changes a text's width besides its size. */
export interface TextStyle {
  font?: SheetFont;
  bold?: boolean;
}

/** Bold Latin in Noto CJK is up to 5% wider than regular (digits 0.588 em against 0.549). */
const boldLatinFactor = 1.06;
/** Fixed pitch: 新宋体 and Noto Sans Mono CJK are 0.5 em; 0.61 also covers a generic monospace (0.6). */
const monoLatinEm = 0.61;

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
export function charWidthEm(ch: string, style: TextStyle = {}): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return 0;
  if (code >= 0x7f) return 1;
  if (style.font === 'mono') return monoLatinEm;
  return asciiWidthEm(ch) * (style.bold ? boldLatinFactor : 1);
}

export function textWidthMm(text: string, sizePt: number, style: TextStyle = {}): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch, style);
  return em * ptToMm(sizePt);
}

const isWordChar = (ch: string) => /[A-Za-z0-9]/.test(ch);

function widthOf(chars: string[], sizePt: number, style: TextStyle): number {
  return textWidthMm(chars.join(''), sizePt, style);
}

/** 禁则: closing punctuation never starts a line, opening punctuation never ends one. */
const noLineStart = new Set([...'。，、；：？！）》」』】〕〉”’,.;:?!)]}…%']);
const noLineEnd = new Set([...'（《「『【〔〈“‘([{']);

/**
 * Where to end a full line: before the Latin word or number that `next` continues, so that
 * a model number such as "2000W" or a phone number is not split, unless it alone would not fit a line.
 */
function wordBreakIndex(line: string[], next: string, widthMm: number, sizePt: number, style: TextStyle): number {
  if (!isWordChar(next)) return line.length;
  let start = line.length;
  while (start > 0 && isWordChar(line[start - 1] ?? '')) start--;
  if (start === 0) return line.length;
  const carried = widthOf(line.slice(start), sizePt, style) + textWidthMm(next, sizePt, style);
  return carried <= widthMm ? start : line.length;
}

/** The word rule, then the punctuation rules: a "。" takes the character before it to the next line. */
function breakIndex(line: string[], next: string, widthMm: number, sizePt: number, style: TextStyle): number {
  let cut = wordBreakIndex(line, next, widthMm, sizePt, style);
  if (cut === line.length && noLineStart.has(next) && line.length > 1) cut--;
  while (cut > 1 && noLineEnd.has(line[cut - 1] ?? '')) cut--;
  return cut;
}

/** Breaks one paragraph into lines no wider than `widthMm`: anywhere in Chinese, between Latin words. */
function wrapParagraph(paragraph: string, widthMm: number, sizePt: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let lineMm = 0;
  for (const ch of paragraph) {
    const chMm = textWidthMm(ch, sizePt, style);
    if (line.length > 0 && lineMm + chMm > widthMm) {
      const cut = breakIndex(line, ch, widthMm, sizePt, style);
      lines.push(line.slice(0, cut).join('').trimEnd());
      line = line.slice(cut);
      lineMm = widthOf(line, sizePt, style);
      if (ch === ' ' && line.length === 0) continue;
    }
    line.push(ch);
    lineMm += chMm;
  }
  lines.push(line.join('').trimEnd());
  return lines;
}

/** Cuts a line so that it plus the ellipsis fits the width. */
export function withEllipsis(line: string, widthMm: number, sizePt: number, style: TextStyle = {}): string {
  const chars = [...line];
  while (chars.length > 0 && textWidthMm(chars.join('') + ellipsis, sizePt, style) > widthMm) chars.pop();
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
export function fitText(text: string, widthMm: number, sizePt: number, maxLines: number, style: TextStyle = {}): FittedText {
  const paragraphs = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const all = paragraphs.flatMap((p) => wrapParagraph(p.trim(), widthMm, sizePt, style));
  // Blank lines would waste a cell's few lines on paper.
  const lines = all.filter((l) => l !== '');
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = withEllipsis(kept[last] ?? '', widthMm, sizePt, style);
  return { lines: kept, truncated: true };
}
