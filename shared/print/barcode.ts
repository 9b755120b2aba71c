/**
 * Code 128 bar codes and QR codes as plain vector data (bwip-js draws them; no DOM, no canvas), so a
 * sheet carries its codes like its text and the renderer only scales the paths into their box.
 */
import { code128, drawingSVG, qrcode } from 'bwip-js/generic';
import type { CodePath, SheetCode } from './sheet';

export type CodeKind = 'barcode' | 'qrcode';

export type CodeDrawing = Pick<SheetCode, 'viewBox' | 'paths' | 'keepAspect'>;

/** Code 128 encodes printable ASCII only (tracking numbers); anything else would scan as garbage. */
const code128Text = /^[\x20-\x7e]{1,80}$/;

/** QR codes carry bytes: UTF-8, one byte per character code as bwip-js expects. */
function utf8Binary(text: string): string {
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Reads bwip-js's SVG (a viewBox and plain <path> elements) back into data; colours are dropped: codes print black. */
export function parseCodeSvg(svg: string): Pick<CodeDrawing, 'viewBox' | 'paths'> {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new Error('bar code drawing without a viewBox');
  const paths: CodePath[] = [];
  for (const [tag] of svg.matchAll(/<path\b[^>]*>/g)) {
    const d = attr(tag, 'd');
    if (!d) continue;
    const strokeWidth = attr(tag, 'stroke-width');
    paths.push(strokeWidth === undefined ? { d } : { d, strokeWidth: Number(strokeWidth) });
  }
  return { viewBox: { width: Number(box[1]), height: Number(box[2]) }, paths };
}

/**
 * The drawing of `text` as a Code 128 bar code (with a 10-module quiet zone each side, inside the
 * box) or a QR code (error correction level M, 4-module margin); null when the text cannot be encoded (empty, or non-ASCII in
 * Code 128), so the form prints without a code rather than with a wrong one.
 */
export function codeDrawing(kind: CodeKind, text: string): CodeDrawing | null {
  const value = text.trim();
  if (!value) return null;
  if (kind === 'barcode') {
    if (!code128Text.test(value)) return null;
    const svg = code128({ bcid: 'code128', text: value, includetext: false, paddingwidth: 10, height: 8 }, drawingSVG());
    return { ...parseCodeSvg(svg), keepAspect: false };
  }
  if (value.length > 500) return null;
  const binary = utf8Binary(value);
  const svg = qrcode({ bcid: 'qrcode', text: binary, binarytext: true, padding: 4 }, drawingSVG());
  return { ...parseCodeSvg(svg), keepAspect: true };
}
