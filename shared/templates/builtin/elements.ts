/** Short builders for the built-in templates' fields and static elements (all positions in mm). */
import type { StaticElement, TemplateField } from '../template';

type FieldExtras = Partial<Omit<TemplateField, 'key' | 'x' | 'y' | 'width' | 'height'>>;

export function field(key: string, x: number, y: number, width: number, height: number, extras: FieldExtras = {}): TemplateField {
  return {
    key, x, y, width, height,
    fontFamily: 'song', fontSizePt: 11, bold: false, align: 'left', overflow: 'shrink', format: 'text',
    ...extras,
  };
}

type LabelExtras = Partial<Pick<Extract<StaticElement, { type: 'text' }>, 'fontFamily' | 'fontSizePt' | 'bold' | 'align'>>;

export function label(text: string, x: number, y: number, width: number, height: number, extras: LabelExtras = {}): StaticElement {
  return { type: 'text', text, x, y, width, height, fontFamily: 'hei', fontSizePt: 9, bold: false, align: 'left', ...extras };
}

export function box(x: number, y: number, width: number, height: number, widthMm = 0.3): StaticElement {
  return { type: 'box', x, y, width, height, widthMm };
}

export function hline(x1: number, x2: number, y: number, widthMm = 0.2): StaticElement {
  return { type: 'line', x1, y1: y, x2, y2: y, widthMm };
}

export function vline(x: number, y1: number, y2: number, widthMm = 0.2): StaticElement {
  return { type: 'line', x1: x, y1, x2: x, y2, widthMm };
}

export function code(type: 'barcode' | 'qrcode', key: string, x: number, y: number, width: number, height: number): StaticElement {
  return { type, key, x, y, width, height };
}

/** Rounds layout arithmetic to 0.1 mm, the designer's step, so built-ins read cleanly in JSON. */
export const r1 = (mm: number) => Math.round(mm * 10) / 10;
