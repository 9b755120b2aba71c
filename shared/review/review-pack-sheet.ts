/**
 * Places the weekly review pack on A4 sheets: heading on every page, then each kind's section
 * (title, column header, rows of varying height) flowing from page to page, a section carried over
 * repeating its title ("(续)") and header; the reviewer's sign-off line and the page number at the
 * foot of every page, so each sheet can be signed even when separated.
 */
import { translate, type Lang } from '../i18n';
import type { Sheet, SheetDocument, SheetElement, SheetLine, SheetText } from '../print/sheet';
import { packLayout as L, type PackRow, type PackSection, type ReviewPackModel } from './review-pack';

const thinMm = 0.2;
const leftMm = L.marginXMm;
const rightMm = L.pageSize.widthMm - L.marginXMm;
const widthMm = rightMm - leftMm;

function text(partial: Omit<SheetText, 'kind' | 'lineHeightMm' | 'vAlign' | 'font'> & Partial<SheetText>): SheetText {
  return { kind: 'text', font: 'body', vAlign: 'middle', lineHeightMm: partial.heightMm, ...partial };
}

function line(x1Mm: number, y1Mm: number, x2Mm: number, y2Mm: number, weightMm = thinMm): SheetLine {
  return { kind: 'line', x1Mm, y1Mm, x2Mm, y2Mm, weightMm };
}

/** A ruled band across the table: top and bottom rules and the column separators. */
function band(model: ReviewPackModel, yMm: number, heightMm: number): SheetLine[] {
  const bottom = yMm + heightMm;
  const edges = [...model.columns.map((c) => c.xMm), rightMm];
  return [line(leftMm, yMm, rightMm, yMm), line(leftMm, bottom, rightMm, bottom), ...edges.map((x) => line(x, yMm, x, bottom))];
}

function heading(model: ReviewPackModel): SheetElement[] {
  const info = { xMm: leftMm, yMm: L.info.yMm, widthMm, heightMm: L.info.heightMm, sizePt: L.info.sizePt };
  return [
    text({ xMm: 0, yMm: L.title.yMm, widthMm: L.pageSize.widthMm, heightMm: L.title.heightMm, lines: [model.title], font: 'title', sizePt: L.title.sizePt, bold: true, align: 'center' }),
    text({ ...info, lines: [`${model.weekText}    ${model.countText}`], align: 'left' }),
    text({ ...info, lines: [model.printedAtText], align: 'right' }),
  ];
}

function sectionTitle(title: string, yMm: number): SheetText {
  return text({ xMm: leftMm, yMm, widthMm, heightMm: L.section.heightMm, lines: [title], font: 'title', sizePt: L.section.sizePt, bold: true, align: 'left', vAlign: 'bottom' });
}

function columnHeader(model: ReviewPackModel, yMm: number): SheetElement[] {
  const cells = model.columns.map((c) =>
    text({ xMm: c.xMm, yMm, widthMm: c.widthMm, heightMm: L.header.heightMm, lines: [c.label], font: 'title', sizePt: L.header.sizePt, align: 'center' }),
  );
  return [...band(model, yMm, L.header.heightMm), ...cells];
}

function rowElements(model: ReviewPackModel, row: PackRow, yMm: number): SheetElement[] {
  const { sizePt, lineHeightMm, padXMm, padYMm } = L.row;
  const cells = model.columns.map((c) =>
    text({
      xMm: c.xMm + padXMm, yMm: yMm + padYMm, widthMm: c.widthMm - 2 * padXMm, heightMm: row.heightMm - 2 * padYMm,
      lines: row.cells[c.key].lines, sizePt, lineHeightMm, align: c.key === 'time' ? 'center' : 'left', vAlign: 'top',
    }),
  );
  return [...band(model, yMm, row.heightMm), ...cells];
}

const emptyRowMm = L.row.lineHeightMm + 2 * L.row.padYMm;

function emptyRow(section: PackSection, yMm: number): SheetElement[] {
  const note = text({ xMm: leftMm, yMm, widthMm, heightMm: emptyRowMm, lines: [section.emptyText ?? ''], sizePt: L.row.sizePt, align: 'center' });
  return [line(leftMm, yMm, leftMm, yMm + emptyRowMm), line(rightMm, yMm, rightMm, yMm + emptyRowMm), line(leftMm, yMm + emptyRowMm, rightMm, yMm + emptyRowMm), note];
}

/** Accumulates elements page by page; `ensure` starts a new page when the next block does not fit. */
class Flow {
  readonly pages: SheetElement[][] = [[]];
  y: number = L.bodyTopMm;

  fits(heightMm: number): boolean {
    return this.y + heightMm <= L.bodyBottomMm;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = L.bodyTopMm;
  }

  put(elements: SheetElement[], heightMm: number): void {
    this.pages[this.pages.length - 1]?.push(...elements);
    this.y += heightMm;
  }
}

function flowSection(flow: Flow, model: ReviewPackModel, section: PackSection): void {
  const head = L.section.heightMm + L.header.heightMm;
  const firstMm = section.rows[0]?.heightMm ?? emptyRowMm;
  // A title is never left alone at the foot of a page: it moves on with its first row.
  if (!flow.fits(head + firstMm)) flow.newPage();
  flow.put([sectionTitle(section.title, flow.y), ...columnHeader(model, flow.y + L.section.heightMm)], head);
  if (section.rows.length === 0) flow.put(emptyRow(section, flow.y), emptyRowMm);
  for (const row of section.rows) {
    if (!flow.fits(row.heightMm)) {
      flow.newPage();
      flow.put([sectionTitle(section.continuedTitle, flow.y), ...columnHeader(model, flow.y + L.section.heightMm)], head);
    }
    flow.put(rowElements(model, row, flow.y), row.heightMm);
  }
}

function footer(model: ReviewPackModel, label: string): SheetElement[] {
  const { yMm, heightMm, sizePt, lineLengthMm } = L.signature;
  const labelMm = 26;
  const dateXMm = L.pageSize.widthMm / 2 + 18;
  const under = yMm + heightMm;
  return [
    text({ xMm: leftMm, yMm, widthMm: labelMm, heightMm, lines: [model.signature.reviewer], sizePt, align: 'left', vAlign: 'bottom' }),
    line(leftMm + labelMm, under, leftMm + labelMm + lineLengthMm, under),
    text({ xMm: dateXMm, yMm, widthMm: 14, heightMm, lines: [model.signature.date], sizePt, align: 'left', vAlign: 'bottom' }),
    line(dateXMm + 14, under, rightMm, under),
    text({ xMm: 0, yMm: L.pageNumber.yMm, widthMm: L.pageSize.widthMm, heightMm: L.pageNumber.heightMm, lines: [label], sizePt: L.pageNumber.sizePt, align: 'center' }),
  ];
}

/** REV-1: the printable weekly review pack. */
export function reviewPackSheets(model: ReviewPackModel, lang: Lang): SheetDocument {
  const flow = new Flow();
  for (const section of model.sections) flowSection(flow, model, section);
  const total = flow.pages.length;
  const sheets: Sheet[] = flow.pages.map((body, i) => ({
    elements: [...heading(model), ...body, ...footer(model, translate(lang, 'print.page', { page: i + 1, pages: total }))],
  }));
  return { pageSize: model.pageSize, sheets };
}
