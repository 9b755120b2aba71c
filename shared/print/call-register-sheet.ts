/**
 * Places the call register model on A4 sheets: title, period, a ruled table with a fixed number of
 * rows, the signature line and the page number, all in mm. The later print engine's template for
 * the call register is this geometry expressed as data.
 */
import type { CallRegisterModel, RegisterPage } from './call-register';
import { registerLayout as L } from './call-register';
import type { Sheet, SheetDocument, SheetElement, SheetLine, SheetText } from './sheet';

const thinMm = 0.2;
const thickMm = 0.4;

const tableLeftMm = L.marginXMm;
const tableRightMm = L.pageSize.widthMm - L.marginXMm;
const headerBottomMm = L.tableTopMm + L.header.heightMm;
/** Every sheet has the full ruled grid, like a pre-printed register, even when it has fewer calls. */
export const tableBottomMm = headerBottomMm + L.rowsPerPage * L.row.heightMm;

function text(partial: Omit<SheetText, 'kind' | 'lineHeightMm' | 'vAlign' | 'font'> & Partial<SheetText>): SheetText {
  return { kind: 'text', font: 'body', vAlign: 'middle', lineHeightMm: partial.heightMm, ...partial };
}

function line(x1Mm: number, y1Mm: number, x2Mm: number, y2Mm: number, weightMm = thinMm): SheetLine {
  return { kind: 'line', x1Mm, y1Mm, x2Mm, y2Mm, weightMm };
}

function heading(model: CallRegisterModel): SheetElement[] {
  const widthMm = tableRightMm - tableLeftMm;
  const info = { xMm: tableLeftMm, yMm: L.info.yMm, widthMm, heightMm: L.info.heightMm, sizePt: L.info.sizePt };
  return [
    text({
      xMm: 0, yMm: L.title.yMm, widthMm: L.pageSize.widthMm, heightMm: L.title.heightMm,
      lines: [model.title], font: 'title', sizePt: L.title.sizePt, bold: true, align: 'center',
    }),
    text({ ...info, lines: [`${model.rangeText}    ${model.countText}`], align: 'left' }),
    text({ ...info, lines: [model.printedAtText], align: 'right' }),
  ];
}

function grid(model: CallRegisterModel): SheetLine[] {
  const rules: SheetLine[] = [
    line(tableLeftMm, L.tableTopMm, tableRightMm, L.tableTopMm, thickMm),
    line(tableLeftMm, headerBottomMm, tableRightMm, headerBottomMm),
    line(tableLeftMm, tableBottomMm, tableRightMm, tableBottomMm, thickMm),
    line(tableLeftMm, L.tableTopMm, tableLeftMm, tableBottomMm, thickMm),
    line(tableRightMm, L.tableTopMm, tableRightMm, tableBottomMm, thickMm),
  ];
  for (let r = 1; r < L.rowsPerPage; r++) {
    const y = headerBottomMm + r * L.row.heightMm;
    rules.push(line(tableLeftMm, y, tableRightMm, y));
  }
  for (const c of model.columns.slice(1)) rules.push(line(c.xMm, L.tableTopMm, c.xMm, tableBottomMm));
  return rules;
}

function headerCells(model: CallRegisterModel): SheetText[] {
  return model.columns.map((c) =>
    text({
      xMm: c.xMm, yMm: L.tableTopMm, widthMm: c.widthMm, heightMm: L.header.heightMm,
      lines: [c.label], font: 'title', sizePt: L.header.sizePt, align: 'center',
    }),
  );
}

function bodyCells(model: CallRegisterModel, page: RegisterPage): SheetText[] {
  const { heightMm, sizePt, lineHeightMm, padXMm } = L.row;
  return page.rows.flatMap((row, r) =>
    model.columns.map((c) =>
      text({
        xMm: c.xMm + padXMm, yMm: headerBottomMm + r * heightMm, widthMm: c.widthMm - 2 * padXMm, heightMm,
        lines: row.cells[c.key].lines, sizePt, lineHeightMm,
        align: c.key === 'content' || c.key === 'result' || c.key === 'party' ? 'left' : 'center',
      }),
    ),
  );
}

function footer(model: CallRegisterModel, page: RegisterPage): SheetElement[] {
  const { yMm, heightMm, sizePt, lineLengthMm } = L.signature;
  const labelMm = 22;
  const reviewerXMm = L.pageSize.widthMm / 2 + 8;
  const under = yMm + heightMm;
  return [
    text({ xMm: tableLeftMm, yMm, widthMm: labelMm, heightMm, lines: [model.signature.recorder], sizePt, align: 'left', vAlign: 'bottom' }),
    line(tableLeftMm + labelMm, under, tableLeftMm + labelMm + lineLengthMm, under),
    text({ xMm: reviewerXMm, yMm, widthMm: labelMm, heightMm, lines: [model.signature.reviewer], sizePt, align: 'left', vAlign: 'bottom' }),
    line(reviewerXMm + labelMm, under, reviewerXMm + labelMm + lineLengthMm, under),
    text({
      xMm: 0, yMm: L.pageNumber.yMm, widthMm: L.pageSize.widthMm, heightMm: L.pageNumber.heightMm,
      lines: [page.label], sizePt: L.pageNumber.sizePt, align: 'center',
    }),
  ];
}

function emptyNote(model: CallRegisterModel): SheetText[] {
  if (!model.emptyText) return [];
  return [
    text({
      xMm: tableLeftMm, yMm: headerBottomMm, widthMm: tableRightMm - tableLeftMm, heightMm: L.row.heightMm,
      lines: [model.emptyText], sizePt: L.row.sizePt, align: 'center',
    }),
  ];
}

export function callRegisterSheets(model: CallRegisterModel): SheetDocument {
  const sheets: Sheet[] = model.pages.map((page) => ({
    elements: [
      ...heading(model),
      ...grid(model),
      ...headerCells(model),
      ...bodyCells(model, page),
      ...(page.number === 1 ? emptyNote(model) : []),
      ...footer(model, page),
    ],
  }));
  return { pageSize: model.pageSize, sheets };
}
