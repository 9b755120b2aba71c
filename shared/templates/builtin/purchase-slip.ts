/**
 * 产品购销单 on the center's three-part carbon form (白 存根 / 红 客户 / 黄 财务), 241 mm wide: the
 * usual 241 × 93 mm form with 6 lines, and the taller 241 × 140 mm form with 12. Printed in overlay
 * mode (套打) on the pre-printed form, or in full mode on blank paper, where the form's boxes and
 * captions print too. A slip with more lines than the form holds prints on several sheets.
 */
import { translate, type Lang, type StringKey } from '../../i18n';
import type { StaticElement, Template, TemplateField } from '../template';
import { box, field, label, r1 } from './elements';

export const purchaseSlipIds = ['purchase-slip-241x93', 'purchase-slip-241x140'] as const;
export type PurchaseSlipTemplateId = (typeof purchaseSlipIds)[number];

export function isPurchaseSlipId(id: string): id is PurchaseSlipTemplateId {
  return (purchaseSlipIds as readonly string[]).includes(id);
}

interface Geometry {
  heightMm: number;
  lines: number;
  titleSizePt: number;
  /** Top of the two header rows, their height. */
  headerY: number;
  headerRowMm: number;
  gridY: number;
  gridHeadMm: number;
  lineRowMm: number;
  totalRowMm: number;
  footerMm: number;
}

const geometries: Record<PurchaseSlipTemplateId, Geometry> = {
  'purchase-slip-241x93': {
    heightMm: 93, lines: 6, titleSizePt: 16, headerY: 11, headerRowMm: 6, gridY: 25, gridHeadMm: 6, lineRowMm: 5.5, totalRowMm: 6, footerMm: 15,
  },
  'purchase-slip-241x140': {
    heightMm: 140, lines: 12, titleSizePt: 18, headerY: 15, headerRowMm: 7, gridY: 32, gridHeadMm: 7, lineRowMm: 6, totalRowMm: 7, footerMm: 18,
  },
};

/** How many lines one sheet of the form holds. */
export function purchaseSlipLinesPerSheet(id: PurchaseSlipTemplateId): number {
  return geometries[id].lines;
}

const left = 8;
const width = 225;
const inset = 0.8;

/** The line table's columns: 序号, 产品名称, 规格型号, 单位, 数量, 单价, 金额 (mm, summing to the width). */
const columns: { key: string; caption: StringKey; widthMm: number; align: TemplateField['align']; mono?: boolean; format?: TemplateField['format'] }[] = [
  { key: 'no', caption: 'slipsui.tpl.col.no', widthMm: 10, align: 'center', mono: true },
  { key: 'product', caption: 'slipsui.tpl.col.product', widthMm: 58, align: 'left' },
  { key: 'spec', caption: 'slipsui.tpl.col.spec', widthMm: 42, align: 'left' },
  { key: 'unit', caption: 'slipsui.tpl.col.unit', widthMm: 14, align: 'center' },
  { key: 'qty', caption: 'slipsui.tpl.col.qty', widthMm: 20, align: 'right', mono: true },
  { key: 'price', caption: 'slipsui.tpl.col.price', widthMm: 38, align: 'right', mono: true, format: 'money' },
  { key: 'amount', caption: 'slipsui.tpl.col.amount', widthMm: 43, align: 'right', mono: true, format: 'money' },
];

interface Part {
  fields: TemplateField[];
  statics: StaticElement[];
}

type T = (k: StringKey) => string;

/** A caption and its field on one row of the header. */
function cell(t: T, caption: StringKey, key: string, x: number, captionMm: number, fieldMm: number, y: number, h: number, extras: Partial<TemplateField> = {}): Part {
  return {
    fields: [field(key, x + captionMm, y, fieldMm, h, { fontSizePt: 10, ...extras })],
    statics: [label(t(caption), x, y, captionMm, h)],
  };
}

function header(g: Geometry, t: T): Part {
  const a = g.headerY;
  const b = r1(g.headerY + g.headerRowMm + 1);
  const h = g.headerRowMm;
  const parts = [
    cell(t, 'slipsui.tpl.customer', 'customer', left, 9, 62, a, h),
    cell(t, 'slipsui.tpl.phone', 'phone', 81, 9, 38, a, h, { fontFamily: 'mono' }),
    cell(t, 'slipsui.tpl.orderType', 'orderType', 130, 14, 34, a, h),
    cell(t, 'slipsui.tpl.date', 'date', 180, 9, 44, a, h, { fontFamily: 'mono', format: 'date' }),
    cell(t, 'slipsui.tpl.address', 'address', left, 9, 161, b, h),
    cell(t, 'slipsui.tpl.delivery', 'delivery', 180, 14, 39, b, h),
  ];
  return { fields: parts.flatMap((p) => p.fields), statics: parts.flatMap((p) => p.statics) };
}

function titleBand(g: Geometry, t: T): Part {
  const y = r1(g.headerY - 8.5);
  return {
    fields: [field('no', left + 9, y + 1, 52, 6, { fontFamily: 'mono', fontSizePt: 11, bold: true })],
    statics: [
      label(t('slipsui.tpl.noCaption'), left, y + 1, 9, 6),
      label(t('slipsui.tpl.title'), 70, y, 101, 8, { fontSizePt: g.titleSizePt, bold: true, align: 'center' }),
    ],
  };
}

/** The ruled line table: a caption row, then one row per line with a field per column. */
function lineTable(g: Geometry, t: T): Part {
  const fields: TemplateField[] = [];
  const statics: StaticElement[] = [
    { type: 'grid', x: left, y: g.gridY, colWidths: columns.map((c) => c.widthMm), rowHeights: [g.gridHeadMm, ...Array<number>(g.lines).fill(g.lineRowMm)], widthMm: 0.25 },
  ];
  let x = left;
  for (const c of columns) {
    statics.push(label(t(c.caption), r1(x + inset), g.gridY + 0.5, r1(c.widthMm - 2 * inset), g.gridHeadMm - 1, { align: 'center' }));
    for (let i = 0; i < g.lines; i++) {
      const y = r1(g.gridY + g.gridHeadMm + i * g.lineRowMm + 0.4);
      fields.push(field(`line${i + 1}.${c.key}`, r1(x + inset), y, r1(c.widthMm - 2 * inset), r1(g.lineRowMm - 0.8), {
        fontSizePt: 10, align: c.align, ...(c.mono ? { fontFamily: 'mono' as const } : {}), ...(c.format ? { format: c.format } : {}),
      }));
    }
    x += c.widthMm;
  }
  return { fields, statics };
}

function totalRow(g: Geometry, t: T): Part {
  const y = r1(g.gridY + g.gridHeadMm + g.lines * g.lineRowMm);
  const h = g.totalRowMm;
  return {
    fields: [
      field('totalCapital', left + 27, y + 0.5, 118, h - 1, { fontSizePt: 11, format: 'capital' }),
      field('total', left + 164, y + 0.5, 60, h - 1, { fontFamily: 'mono', fontSizePt: 11, bold: true, align: 'right', format: 'money' }),
    ],
    statics: [
      box(left, y, width, h, 0.25),
      label(t('slipsui.tpl.totalCapital'), left + 1, y + 0.5, 25, h - 1),
      label(t('slipsui.tpl.total'), left + 148, y + 0.5, 15, h - 1, { align: 'right' }),
    ],
  };
}

/** 经手人 and 备注 on the left; the customer's signature box on the right. */
function footer(g: Geometry, t: T): Part {
  const y = r1(g.gridY + g.gridHeadMm + g.lines * g.lineRowMm + g.totalRowMm + 1.5);
  const h = g.footerMm;
  return {
    fields: [
      field('handler', left + 12, y, 36, 6, { fontSizePt: 10 }),
      field('remarks', left + 61, y, 96, h, { fontSizePt: 9, overflow: 'wrap' }),
    ],
    statics: [
      label(t('slipsui.tpl.handler'), left, y, 12, 6),
      label(t('slipsui.tpl.remarks'), left + 51, y, 10, 6),
      box(170, y, 63, h, 0.25),
      label(t('slipsui.tpl.signature'), 171, y + 0.5, 30, 5),
      label(t('slipsui.tpl.signatureHint'), 171, r1(y + h - 5.5), 61, 5, { fontFamily: 'song', fontSizePt: 7 }),
    ],
  };
}

export function purchaseSlipTemplate(id: PurchaseSlipTemplateId, lang: Lang = 'zh-CN'): Template {
  const g = geometries[id];
  const t: T = (k) => translate(lang, k);
  const parts = [titleBand(g, t), header(g, t), lineTable(g, t), totalRow(g, t), footer(g, t)];
  return {
    id,
    name: translate(lang, id === 'purchase-slip-241x93' ? 'slipsui.tpl.name93' : 'slipsui.tpl.name140'),
    paper: { widthMm: 241, heightMm: g.heightMm },
    orientation: 'landscape',
    mode: 'overlay',
    copyLabels: [t('slipsui.copy.white'), t('slipsui.copy.red'), t('slipsui.copy.yellow')],
    copyLabelBox: { x: 183, y: r1(g.headerY - 7.5), width: 50, height: 6 },
    fields: parts.flatMap((p) => p.fields),
    statics: parts.flatMap((p) => p.statics),
  };
}
