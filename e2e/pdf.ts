/** Reads a PDF back in Node with pdfjs-dist (legacy build): page sizes in pt and the text of each page. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: { widthPt: number; heightPt: number; text: string }[];
}

export const a4Pt = { width: 595.28, height: 841.89 };

/** How far a page is from A4 portrait, in pt (the larger of the width and height differences). */
export function a4DeviationPt(page: { widthPt: number; heightPt: number } | undefined): number {
  if (!page) return Number.POSITIVE_INFINITY;
  return Math.max(Math.abs(page.widthPt - a4Pt.width), Math.abs(page.heightPt - a4Pt.height));
}

export async function readPdf(bytes: Uint8Array): Promise<PdfSummary> {
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfSummary['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push({ widthPt: x1 - x0, heightPt: y1 - y0, text });
  }
  await pdf.destroy();
  return { pages };
}

/**
 * Look-alikes that Chromium's PDF text layer (Skia, Noto CJK) emits for ideographs sharing one glyph,
 * which NFKC does not fold: CJK Radicals Supplement and traditional twins of simplified characters.
 */
const lookAlikes: Record<string, string> = { '⻚': '页', '戶': '户', '⻓': '长', '⻔': '门', '⻆': '角', '⻰': '龙', '⻩': '黄' };

/**
 * Text for substring checks: without the spaces a PDF puts between glyph runs, NFKC-normalised
 * (Kangxi radicals such as U+2F47 ⽇ come back as 日) and with the look-alikes above folded. The glyphs
 * on paper are right; only the PDF's text layer names some of them by a twin code point.
 */
export function compact(text: string): string {
  return [...text.normalize('NFKC').replace(/\s+/g, '')].map((ch) => lookAlikes[ch] ?? ch).join('');
}

const mmPerPt = 25.4 / 72;

/** One run of text as the PDF places it: where its baseline starts, mm from the page's top-left corner. */
export interface PdfTextItem {
  str: string;
  xMm: number;
  baselineMm: number;
  /** Advance width of the run. */
  widthMm: number;
  /** Font size (the text matrix's vertical scale). */
  sizeMm: number;
}

export interface PdfPageLayout {
  widthMm: number;
  heightMm: number;
  items: PdfTextItem[];
}

/** Page sizes and the position of every text run, in mm (for checking that text lands where it was designed). */
export async function readPdfLayout(bytes: Uint8Array): Promise<PdfPageLayout[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPageLayout[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
      items.push({ str: item.str, xMm: (e - x0) * mmPerPt, baselineMm: (y1 - f) * mmPerPt, widthMm: item.width * mmPerPt, sizeMm: Math.abs(d) * mmPerPt });
    }
    pages.push({ widthMm: (x1 - x0) * mmPerPt, heightMm: (y1 - y0) * mmPerPt, items });
  }
  await pdf.destroy();
  return pages;
}

/** The text runs on one baseline (±0.6 mm) that start inside [leftMm, rightMm], left to right. */
export function runsOnLine(items: readonly PdfTextItem[], baselineMm: number, leftMm: number, rightMm: number): PdfTextItem[] {
  return items
    .filter((i) => Math.abs(i.baselineMm - baselineMm) <= 0.6 && i.xMm >= leftMm && i.xMm <= rightMm)
    .sort((a, b) => a.xMm - b.xMm);
}

/** Where a line of runs starts and ends, and what it says. */
export function lineExtent(runs: readonly PdfTextItem[]): { text: string; leftMm: number; rightMm: number; sizeMm: number } {
  const last = runs.at(-1);
  return {
    text: compact(runs.map((r) => r.str).join('')),
    leftMm: runs[0]?.xMm ?? Number.NaN,
    rightMm: last ? last.xMm + last.widthMm : Number.NaN,
    sizeMm: Math.max(0, ...runs.map((r) => r.sizeMm)),
  };
}
