/**
 * Pre-printed courier waybills, 230 × 127 mm, printed in overlay mode (套打): only the data lands on
 * the courier's form. The form's own boxes and captions are kept as static elements, so the same
 * template also prints a complete waybill on blank paper (full mode) and shows where things go.
 *
 * The carrier variants put the same fields at each carrier's usual places: sender above recipient
 * (顺丰, EMS, 韵达) or sender beside recipient (中通, 圆通, 申通). They are starting points to be
 * aligned with the real forms in the designer (background scan + nudging) and the calibration wizard.
 */
import { translate, type Lang, type StringKey } from '../../i18n';
import type { StaticElement, Template, TemplateField } from '../template';
import { box, field, hline, label, r1, vline } from './elements';

export const waybillPaper = { widthMm: 230, heightMm: 127 } as const;

export const carriers = ['generic', 'sf', 'zto', 'yto', 'sto', 'yunda', 'ems'] as const;
export type Carrier = (typeof carriers)[number];

interface Part {
  fields: TemplateField[];
  statics: StaticElement[];
}

const join = (...parts: Part[]): Part => ({ fields: parts.flatMap((p) => p.fields), statics: parts.flatMap((p) => p.statics) });

const nameStyle = { fontSizePt: 12, bold: true } as const;
const phoneStyle = { fontFamily: 'mono', fontSizePt: 12 } as const;
const addressStyle = { overflow: 'wrap', fontSizePt: 11 } as const;

/** A party's caption down the block's left edge: 寄件人 / 收件人, one character per line. */
function sideCaption(text: string, x: number, y: number, height: number): StaticElement[] {
  return [label(text, x + 1, y + 2, 6, height - 4, { fontSizePt: 11, bold: true, align: 'center' }), vline(x + 8, y, y + height)];
}

/** 寄件人: name and phone on one row, the address below. Block height 28 mm. */
function senderBlock(x: number, y: number, w: number, t: (k: StringKey) => string): Part {
  const fx = x + 20;
  const half = r1((w - 20) / 2);
  return {
    fields: [
      field('sender.name', fx, y + 2, half - 12, 7, nameStyle),
      field('sender.phone', fx + half, y + 2, half - 2, 7, phoneStyle),
      field('sender.address', fx, y + 11, w - 22, 15, addressStyle),
    ],
    statics: [
      ...sideCaption(t('templates.label.sender'), x, y, 28),
      label(t('templates.label.name'), x + 9.5, y + 2, 10, 7),
      label(t('templates.label.phone'), fx + half - 11, y + 2, 10, 7, { align: 'right' }),
      label(t('templates.label.address'), x + 9.5, y + 11, 10, 7),
      hline(x, x + w, y + 28),
    ],
  };
}

/** 收件人: name and phone, then ___省 ___市 ___区/县, then the address. Block height 37 mm. */
function recipientBlock(x: number, y: number, w: number, t: (k: StringKey) => string): Part {
  const fx = x + 20;
  const half = r1((w - 20) / 2);
  const third = r1((w - 22) / 3);
  const region = (key: string, caption: StringKey, i: number): Part => ({
    fields: [field(`recipient.${key}`, r1(fx + i * third), y + 11, third - 9, 7)],
    statics: [label(t(caption), r1(fx + (i + 1) * third - 9), y + 11, 8, 7)],
  });
  return join(
    {
      fields: [
        field('recipient.name', fx, y + 2, half - 12, 7, nameStyle),
        field('recipient.phone', fx + half, y + 2, half - 2, 7, phoneStyle),
        field('recipient.address', fx, y + 20, w - 22, 15, addressStyle),
      ],
      statics: [
        ...sideCaption(t('templates.label.recipient'), x, y, 37),
        label(t('templates.label.name'), x + 9.5, y + 2, 10, 7),
        label(t('templates.label.phone'), fx + half - 11, y + 2, 10, 7, { align: 'right' }),
        label(t('templates.label.address'), x + 9.5, y + 20, 10, 7),
        hline(x, x + w, y + 37),
      ],
    },
    region('province', 'templates.label.province', 0),
    region('city', 'templates.label.city', 1),
    region('district', 'templates.label.district', 2),
  );
}

/** 内件品名, 件数 and 备注. Block height 50 mm. */
function goodsBlock(x: number, y: number, w: number, t: (k: StringKey) => string): Part {
  return {
    fields: [
      field('goods', x + 3, y + 9, w - 6, 10, { overflow: 'wrap' }),
      field('pieces', x + 18, y + 21, 20, 7, { ...phoneStyle, align: 'center' }),
      field('remarks', x + 3, y + 37, w - 6, 10, { overflow: 'wrap', fontSizePt: 10 }),
    ],
    statics: [
      label(t('templates.label.goods'), x + 3, y + 2, 30, 6),
      label(t('templates.label.pieces'), x + 3, y + 21, 14, 7),
      hline(x, x + w, y + 30),
      label(t('templates.label.remarks'), x + 3, y + 31, 20, 6),
    ],
  };
}

/** 寄件日期, then the recipient's signature line. Block height 27 mm. */
function dateBlock(x: number, y: number, w: number, t: (k: StringKey) => string): Part {
  return {
    fields: [field('date', x + 22, y + 3, 34, 7, { fontFamily: 'mono', format: 'date' })],
    statics: [
      label(t('templates.label.date'), x + 3, y + 3, 18, 7),
      label(t('templates.label.signature'), x + 3, y + 16, 24, 6),
      hline(x + 27, x + w - 6, y + 22, 0.15),
    ],
  };
}

interface Layout {
  carrier: Carrier;
  family: 'stacked' | 'sideBySide';
  /** Moves the whole form, mm: carriers print their boxes at slightly different places. */
  shiftX: number;
  shiftY: number;
}

const layouts: Layout[] = [
  { carrier: 'generic', family: 'stacked', shiftX: 0, shiftY: 0 },
  { carrier: 'sf', family: 'stacked', shiftX: 0, shiftY: 2 },
  { carrier: 'zto', family: 'sideBySide', shiftX: 0, shiftY: 0 },
  { carrier: 'yto', family: 'sideBySide', shiftX: 2, shiftY: 3 },
  { carrier: 'sto', family: 'sideBySide', shiftX: -1, shiftY: 1 },
  { carrier: 'yunda', family: 'stacked', shiftX: 2, shiftY: -1 },
  { carrier: 'ems', family: 'stacked', shiftX: 3, shiftY: 3 },
];

/** The printed form: a 13 mm header band with the carrier's name, then 92 mm of boxes, 5 mm from the top left. */
const formHeaderMm = 13;
const formBodyMm = 92;

function body(layout: Layout, t: (k: StringKey) => string): Part {
  const x = 5 + layout.shiftX;
  const y = 5 + formHeaderMm + layout.shiftY;
  if (layout.family === 'stacked') {
    return join(
      senderBlock(x, y, 115, t),
      recipientBlock(x, y + 28, 115, t),
      dateBlock(x, y + 65, 115, t),
      goodsBlock(x + 115, y, 105, t),
      { fields: [], statics: [vline(x + 115, y, y + formBodyMm)] },
    );
  }
  return join(
    senderBlock(x, y, 110, t),
    recipientBlock(x + 110, y, 110, t),
    goodsBlock(x, y + 37, 110, t),
    dateBlock(x + 110, y + 37, 110, t),
    { fields: [], statics: [vline(x + 110, y, y + formBodyMm)] },
  );
}

export function waybillTemplate(carrier: Carrier, lang: Lang = 'zh-CN'): Template {
  const layout = layouts.find((l) => l.carrier === carrier) ?? layouts[0]!;
  const t = (k: StringKey) => translate(lang, k);
  const x = 5 + layout.shiftX;
  const y = 5 + layout.shiftY;
  const part = body(layout, t);
  return {
    id: `waybill-${carrier}`,
    name: translate(lang, `templates.name.waybill-${carrier}`),
    paper: { ...waybillPaper },
    orientation: 'landscape',
    mode: 'overlay',
    copyLabels: [],
    fields: part.fields,
    statics: [
      box(x, y, 220, formHeaderMm + formBodyMm, 0.4),
      label(translate(lang, `templates.carrier.${carrier}`), x + 4, y + 1, 100, 11, { fontSizePt: 16, bold: true }),
      hline(x, x + 220, y + formHeaderMm, 0.4),
      ...part.statics,
    ],
  };
}
