/**
 * A printed sheet as plain data: every element placed in millimetres from the page's top-left corner.
 * Templates (the call register, the waybills, labels and forms of the print engine) produce sheets;
 * one renderer draws any sheet, so a form's geometry lives in `shared/` and is tested without a browser.
 */
import type { PageSize } from '../ipc';

export type { PageSize };

/** A4 portrait, the size of every office sheet the center prints on. */
export const a4Portrait: PageSize = { widthMm: 210, heightMm: 297 };

export const mmPerPt = 25.4 / 72;

export function ptToMm(pt: number): number {
  return pt * mmPerPt;
}

/** Body text (宋体 family), titles and headings (黑体 family), or fixed-pitch numbers (新宋体 family). */
export type SheetFont = 'body' | 'title' | 'mono';

/**
 * Text inside a box; `lines` are already fitted to it, so the renderer never reflows them. Where each
 * line's baseline lands is fixed by `lineBaselinesMm` (shared/print/text-layout.ts), not by a font.
 */
export interface SheetText {
  kind: 'text';
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  lines: string[];
  font: SheetFont;
  sizePt: number;
  lineHeightMm: number;
  bold?: boolean;
  align: 'left' | 'center' | 'right';
  vAlign: 'top' | 'middle' | 'bottom';
}

/** A straight rule (table grid, signature line, ruler tick). */
export interface SheetLine {
  kind: 'line';
  x1Mm: number;
  y1Mm: number;
  x2Mm: number;
  y2Mm: number;
  weightMm: number;
}

/** An unfilled rectangle (a box on a form). */
export interface SheetRect {
  kind: 'rect';
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  weightMm: number;
}

/** One path of a barcode's vector drawing, in the drawing's own units; always black. */
export interface CodePath {
  d: string;
  /** Stroke width for bar codes drawn as strokes; absent when the path is filled (QR modules). */
  strokeWidth?: number;
}

/** A barcode or QR code drawn from vector paths, scaled into its box. */
export interface SheetCode {
  kind: 'code';
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  /** The drawing's own size; paths use these units. */
  viewBox: { width: number; height: number };
  paths: CodePath[];
  /** QR codes keep their square shape; linear bar codes stretch to the box (bars scale uniformly). */
  keepAspect: boolean;
}

export type SheetElement = SheetText | SheetLine | SheetRect | SheetCode;

/** A scan of the blank pre-printed form, drawn under everything else. */
export interface SheetBackground {
  dataUrl: string;
  /** Printed too (onto blank paper); otherwise shown on screen only, when the preview asks for it. */
  printed: boolean;
}

export interface Sheet {
  elements: SheetElement[];
  /** The printer profile's correction, applied as a translation of the whole page (mm). */
  offset?: { xMm: number; yMm: number };
  background?: SheetBackground;
}

/** What any printable renders from: a paper size and its sheets. */
export interface SheetDocument {
  pageSize: PageSize;
  sheets: Sheet[];
}
