/**
 * The one print pipeline: a template (data) + one record's plain data → a Sheet (mm positions, text
 * formatted and fitted, codes drawn, the printer profile's correction as a page translation). Every
 * built-in and user template goes through here; the renderer only draws the result.
 */
import { codeDrawing } from '../print/barcode';
import { ptToMm, type Sheet, type SheetDocument, type SheetElement, type SheetLine, type SheetText } from '../print/sheet';
import { neutralProfile, sheetTranslation, type PrinterProfile } from './calibration';
import { fontOfFamily, shrinkToFit, wrapLineSpacing, wrapToFit } from './fit-field';
import { formatValue, type TemplateRecord } from './format';
import type { StaticElement, Template, TemplateField } from './template';

export interface TemplateSheetOptions {
  /** Full form (labels and rules on blank paper) or overlay (套打: data only); the template's own mode by default. */
  mode?: Template['mode'];
  /** Print the background scan too; the template's own setting by default. */
  printBackground?: boolean;
  /** The label of the copy this sheet is (第一联 存根(白) …), when copies are printed separately. */
  copyLabel?: string;
  profile?: PrinterProfile;
  /** 0-based position in the batch: continuous forms drift a little more with every sheet. */
  sheetIndex?: number;
}

const copyLabelSizePt = 9;

function fieldText(f: TemplateField, record: TemplateRecord): SheetText | null {
  const value = formatValue(record[f.key], f.format);
  if (!value) return null;
  const style = { font: fontOfFamily[f.fontFamily], bold: f.bold };
  const box = { widthMm: f.width, heightMm: f.height };
  const fitted = f.overflow === 'shrink' ? shrinkToFit(value, box, f.fontSizePt, style) : wrapToFit(value, box, f.fontSizePt, style);
  return {
    kind: 'text', xMm: f.x, yMm: f.y, widthMm: f.width, heightMm: f.height, ...fitted, ...style,
    align: f.align,
    // One shrunk line sits in the middle of its box; wrapped lines start at the top, like handwriting.
    vAlign: f.overflow === 'shrink' ? 'middle' : 'top',
  };
}

function line(x1Mm: number, y1Mm: number, x2Mm: number, y2Mm: number, weightMm: number): SheetLine {
  return { kind: 'line', x1Mm, y1Mm, x2Mm, y2Mm, weightMm };
}

function gridLines(e: Extract<StaticElement, { type: 'grid' }>): SheetLine[] {
  const right = e.x + e.colWidths.reduce((a, b) => a + b, 0);
  const bottom = e.y + e.rowHeights.reduce((a, b) => a + b, 0);
  const xs = e.colWidths.reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? e.x) + w], [e.x]);
  const ys = e.rowHeights.reduce<number[]>((acc, h) => [...acc, (acc.at(-1) ?? e.y) + h], [e.y]);
  return [...xs.map((x) => line(x, e.y, x, bottom, e.widthMm)), ...ys.map((y) => line(e.x, y, right, y, e.widthMm))];
}

function staticText(e: Extract<StaticElement, { type: 'text' }>): SheetText | null {
  if (!e.text.trim()) return null;
  const style = { font: fontOfFamily[e.fontFamily ?? 'song'], bold: e.bold };
  const box = { widthMm: e.width, heightMm: e.height };
  // A box tall enough for two lines wraps its label; a one-line box shrinks it instead.
  const twoLines = box.heightMm >= 2 * ptToMm(e.fontSizePt) * wrapLineSpacing;
  const fitted = twoLines || e.text.includes('\n') ? wrapToFit(e.text, box, e.fontSizePt, style) : shrinkToFit(e.text, box, e.fontSizePt, style);
  return { kind: 'text', xMm: e.x, yMm: e.y, widthMm: e.width, heightMm: e.height, ...fitted, ...style, align: e.align, vAlign: 'middle' };
}

/** The printed-on-blank-paper part of a form: labels, rules, boxes, grids. */
function formElements(e: StaticElement): SheetElement[] {
  switch (e.type) {
    case 'text': {
      const t = staticText(e);
      return t ? [t] : [];
    }
    case 'line':
      return [line(e.x1, e.y1, e.x2, e.y2, e.widthMm)];
    case 'box':
      return [{ kind: 'rect', xMm: e.x, yMm: e.y, widthMm: e.width, heightMm: e.height, weightMm: e.widthMm }];
    case 'grid':
      return gridLines(e);
    default:
      return [];
  }
}

/** Bar codes and QR codes carry data, so they print in overlay mode too. */
function codeElement(e: StaticElement, record: TemplateRecord): SheetElement[] {
  if (e.type !== 'barcode' && e.type !== 'qrcode') return [];
  const drawing = codeDrawing(e.type, formatValue(record[e.key], 'text'));
  return drawing ? [{ kind: 'code', xMm: e.x, yMm: e.y, widthMm: e.width, heightMm: e.height, ...drawing }] : [];
}

function copyLabelText(template: Template, label: string): SheetText {
  const box = template.copyLabelBox ?? { x: template.paper.widthMm - 48, y: 2, width: 45, height: 5 };
  const style = { font: 'title', bold: false } as const;
  const fitted = shrinkToFit(label, { widthMm: box.width, heightMm: box.height }, copyLabelSizePt, style);
  return { kind: 'text', xMm: box.x, yMm: box.y, widthMm: box.width, heightMm: box.height, ...fitted, ...style, align: 'right', vAlign: 'middle' };
}

/** One record on one sheet of `template`. */
export function templateSheet(template: Template, record: TemplateRecord, options: TemplateSheetOptions = {}): Sheet {
  const mode = options.mode ?? template.mode;
  const elements: SheetElement[] = [];
  for (const e of template.statics) {
    if (mode === 'full') elements.push(...formElements(e));
    elements.push(...codeElement(e, record));
  }
  for (const f of template.fields) {
    const t = fieldText(f, record);
    if (t) elements.push(t);
  }
  if (options.copyLabel) elements.push(copyLabelText(template, options.copyLabel));
  const sheet: Sheet = { elements, offset: sheetTranslation(options.profile ?? neutralProfile, options.sheetIndex ?? 0) };
  if (template.background) {
    sheet.background = { dataUrl: template.background.dataUrl, printed: options.printBackground ?? template.background.print };
  }
  return sheet;
}

export interface TemplateDocumentOptions extends Omit<TemplateSheetOptions, 'copyLabel' | 'sheetIndex'> {
  /** Plain paper: one sheet per copy label for every record; carbon paper: one pass (the default). */
  separateCopies?: boolean;
}

/** A batch whose sheets are made on demand: a preview pages through 500 labels without drawing them all. */
export interface TemplateBatch {
  pageSize: SheetDocument['pageSize'];
  count: number;
  sheetAt: (index: number) => Sheet;
}

export function templateBatch(template: Template, records: readonly TemplateRecord[], options: TemplateDocumentOptions = {}): TemplateBatch {
  const { separateCopies = false, ...sheetOptions } = options;
  const labels: (string | undefined)[] = separateCopies && template.copyLabels.length ? template.copyLabels : [undefined];
  return {
    pageSize: template.paper,
    count: records.length * labels.length,
    sheetAt: (index) => {
      const record = records[Math.floor(index / labels.length)];
      if (!record) throw new RangeError(`sheet ${index} of ${records.length * labels.length}`);
      // Every physical sheet counts for drift, copies included.
      return templateSheet(template, record, { ...sheetOptions, copyLabel: labels[index % labels.length], sheetIndex: index });
    },
  };
}

/** A batch: every record of one template, in order, as one document (one print job). */
export function templateDocument(template: Template, records: readonly TemplateRecord[], options: TemplateDocumentOptions = {}): SheetDocument {
  const batch = templateBatch(template, records, options);
  return { pageSize: batch.pageSize, sheets: Array.from({ length: batch.count }, (_, i) => batch.sheetAt(i)) };
}
