/**
 * 入库单 and 出库单 on the warehouse's three-part form (第一联 存根 / 第二联 仓库 / 第三联 财务),
 * 241 × 93 mm continuous paper with six lines a sheet: one form per direction, so each can be laid
 * over its own pre-printed pad (套打) or printed whole on blank paper, and moved in 模板设计. A slip
 * with more lines prints on several sheets. What is printed comes from the ledger (stock-slip-data.ts).
 */
import { translate, type Lang, type StringKey } from '../../i18n';
import type { StaticElement, Template, TemplateField } from '../template';
import { box, field, label, r1 } from './elements';

export const stockSlipTemplateIds = ['stock-slip-in', 'stock-slip-out'] as const;
export type StockSlipTemplateId = (typeof stockSlipTemplateIds)[number];

export function isStockSlipTemplateId(id: string): id is StockSlipTemplateId {
  return (stockSlipTemplateIds as readonly string[]).includes(id);
}

/** The form for a slip's direction. */
export function stockSlipTemplateId(direction: 'in' | 'out'): StockSlipTemplateId {
  return direction === 'in' ? 'stock-slip-in' : 'stock-slip-out';
}

export const stockSlipLinesPerSheet = 6;

type T = (k: StringKey) => string;

interface Part {
  fields: TemplateField[];
  statics: StaticElement[];
}

const left = 8;
const width = 225;
const inset = 0.8;
const headerY = 11;
const rowMm = 6;
const gridY = 25;
const gridHeadMm = 6;
const lineRowMm = 5.5;
const totalRowMm = 6;

const columns: { key: string; caption: StringKey; widthMm: number; align: TemplateField['align']; mono?: boolean }[] = [
  { key: 'no', caption: 'stockui.slip.col.no', widthMm: 10, align: 'center', mono: true },
  { key: 'code', caption: 'stockui.slip.col.code', widthMm: 30, align: 'left', mono: true },
  { key: 'product', caption: 'stockui.slip.col.product', widthMm: 66, align: 'left' },
  { key: 'spec', caption: 'stockui.slip.col.spec', widthMm: 50, align: 'left' },
  { key: 'unit', caption: 'stockui.slip.col.unit', widthMm: 14, align: 'center' },
  { key: 'qty', caption: 'stockui.slip.col.qty', widthMm: 24, align: 'right', mono: true },
  { key: 'location', caption: 'stockui.slip.col.location', widthMm: 31, align: 'center' },
];

function cell(t: T, caption: StringKey, key: string, x: number, captionMm: number, fieldMm: number, y: number, extras: Partial<TemplateField> = {}): Part {
  return { fields: [field(key, x + captionMm, y, fieldMm, rowMm, { fontSizePt: 10, ...extras })], statics: [label(t(caption), x, y, captionMm, rowMm)] };
}

const join = (parts: Part[]): Part => ({ fields: parts.flatMap((p) => p.fields), statics: parts.flatMap((p) => p.statics) });

function titleBand(t: T, title: StringKey): Part {
  const y = r1(headerY - 8.5);
  return {
    fields: [field('no', left + 9, y + 1, 52, 6, { fontFamily: 'mono', fontSizePt: 11, bold: true })],
    statics: [label(t('stockui.slip.tpl.noCaption'), left, y + 1, 9, 6), label(t(title), 70, y, 101, 8, { fontSizePt: 16, bold: true, align: 'center' })],
  };
}

function header(t: T, partyCaption: StringKey): Part {
  const b = headerY + rowMm + 1;
  return join([
    cell(t, 'stockui.slip.tpl.date', 'date', left, 9, 30, headerY, { fontFamily: 'mono', format: 'date' }),
    cell(t, 'stockui.slip.tpl.category', 'category', 50, 9, 34, headerY),
    cell(t, 'stockui.slip.tpl.sourceNo', 'sourceNo', 96, 16, 54, headerY, { fontFamily: 'mono' }),
    cell(t, partyCaption, 'counterparty', left, 16, 100, b),
    cell(t, 'stockui.slip.tpl.note', 'note', 126, 9, 98, b, { fontSizePt: 9 }),
  ]);
}

function lineTable(t: T): Part {
  const fields: TemplateField[] = [];
  const statics: StaticElement[] = [
    { type: 'grid', x: left, y: gridY, colWidths: columns.map((c) => c.widthMm), rowHeights: [gridHeadMm, ...Array<number>(stockSlipLinesPerSheet).fill(lineRowMm)], widthMm: 0.25 },
  ];
  let x = left;
  for (const c of columns) {
    statics.push(label(t(c.caption), r1(x + inset), gridY + 0.5, r1(c.widthMm - 2 * inset), gridHeadMm - 1, { align: 'center' }));
    for (let i = 0; i < stockSlipLinesPerSheet; i++) {
      const y = r1(gridY + gridHeadMm + i * lineRowMm + 0.4);
      fields.push(field(`line${i + 1}.${c.key}`, r1(x + inset), y, r1(c.widthMm - 2 * inset), r1(lineRowMm - 0.8), {
        fontSizePt: 10, align: c.align, ...(c.mono ? { fontFamily: 'mono' as const } : {}),
      }));
    }
    x += c.widthMm;
  }
  return { fields, statics };
}

function totalRow(t: T): Part {
  const y = r1(gridY + gridHeadMm + stockSlipLinesPerSheet * lineRowMm);
  const qtyRight = left + 10 + 30 + 66 + 50 + 14 + 24;
  return {
    fields: [field('totalQty', qtyRight - 40, y + 0.5, 40 - inset, totalRowMm - 1, { fontFamily: 'mono', fontSizePt: 11, bold: true, align: 'right' })],
    statics: [box(left, y, width, totalRowMm, 0.25), label(t('stockui.slip.tpl.total'), left + 1, y + 0.5, 30, totalRowMm - 1)],
  };
}

/** 制单 (who posted it) and the two people who sign for the goods, each under their own role. */
function footer(t: T, signers: [StringKey, StringKey]): Part {
  const y = r1(gridY + gridHeadMm + stockSlipLinesPerSheet * lineRowMm + totalRowMm + 2);
  return join([
    cell(t, 'stockui.slip.tpl.handler', 'handler', left, 12, 40, y),
    cell(t, signers[0], 'signer1', 70, 14, 50, y),
    cell(t, signers[1], 'signer2', 150, 14, 50, y),
  ]);
}

export function stockSlipTemplate(id: StockSlipTemplateId, lang: Lang = 'zh-CN'): Template {
  const t: T = (k) => translate(lang, k);
  const inbound = id === 'stock-slip-in';
  const parts = join([
    titleBand(t, inbound ? 'stockui.slip.title.in' : 'stockui.slip.title.out'),
    header(t, inbound ? 'stockui.slip.tpl.from' : 'stockui.slip.tpl.to'),
    lineTable(t),
    totalRow(t),
    footer(t, inbound ? ['stockui.slip.role.receiver', 'stockui.slip.role.keeper'] : ['stockui.slip.role.keeper', 'stockui.slip.role.taker']),
  ]);
  return {
    id,
    name: t(inbound ? 'stockui.slip.tpl.nameIn' : 'stockui.slip.tpl.nameOut'),
    paper: { widthMm: 241, heightMm: 93 },
    orientation: 'landscape',
    mode: 'full',
    copyLabels: [t('stockui.slip.copy.stub'), t('stockui.slip.copy.warehouse'), t('stockui.slip.copy.finance')],
    copyLabelBox: { x: 183, y: r1(headerY - 7.5), width: 50, height: 6 },
    fields: parts.fields,
    statics: parts.statics,
  };
}
