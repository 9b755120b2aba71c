/**
 * A printed sheet as plain data: every element placed in millimetres from the page's top-left corner.
 * Templates (the call register now, the print engine's templates later) produce sheets; one renderer
 * draws any sheet, so a form's geometry lives in `shared/` and is tested without a browser.
 */
import type { PageSize } from '../ipc';

export type { PageSize };

/** A4 portrait, the size of every office sheet the center prints on. */
export const a4Portrait: PageSize = { widthMm: 210, heightMm: 297 };

export const mmPerPt = 25.4 / 72;

export function ptToMm(pt: number): number {
  return pt * mmPerPt;
}

/** Body text (宋体 family) or titles and headings (黑体 family). */
export type SheetFont = 'body' | 'title';

/** Text inside a box; `lines` are already wrapped to fit, so the renderer never reflows them. */
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

/** A straight rule (table grid, signature line). */
export interface SheetLine {
  kind: 'line';
  x1Mm: number;
  y1Mm: number;
  x2Mm: number;
  y2Mm: number;
  weightMm: number;
}

export type SheetElement = SheetText | SheetLine;

export interface Sheet {
  elements: SheetElement[];
}

/** What any printable renders from: a paper size and its sheets. */
export interface SheetDocument {
  pageSize: PageSize;
  sheets: Sheet[];
}
