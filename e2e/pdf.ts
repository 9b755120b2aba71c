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
const lookAlikes: Record<string, string> = { '⻚': '页', '戶': '户', '⻓': '长', '⻔': '门', '⻆': '角' };

/**
 * Text for substring checks: without the spaces a PDF puts between glyph runs, NFKC-normalised
 * (Kangxi radicals such as U+2F47 ⽇ come back as 日) and with the look-alikes above folded. The glyphs
 * on paper are right; only the PDF's text layer names some of them by a twin code point.
 */
export function compact(text: string): string {
  return [...text.normalize('NFKC').replace(/\s+/g, '')].map((ch) => lookAlikes[ch] ?? ch).join('');
}
