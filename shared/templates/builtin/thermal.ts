/**
 * Thermal shipping labels (热敏面单) 100×150, 100×180 and 76×130, printed in full mode on blank label
 * rolls: recipient, phone and address large; sender; goods; the tracking number as a Code 128 bar
 * code with the number in plain text under it; a tear-off sender copy (寄件联) at the bottom.
 */
import { translate, type Lang, type StringKey } from '../../i18n';
import type { StaticElement, Template, TemplateField } from '../template';
import { box, code, field, hline, label, r1, vline } from './elements';

export const thermalSizes = [
  { id: 'thermal-100x150', widthMm: 100, heightMm: 150 },
  { id: 'thermal-100x180', widthMm: 100, heightMm: 180 },
  { id: 'thermal-76x130', widthMm: 76, heightMm: 130 },
] as const;
export type ThermalId = (typeof thermalSizes)[number]['id'];

const edge = 1.5;

interface Part {
  fields: TemplateField[];
  statics: StaticElement[];
}

type T = (k: StringKey) => string;

function header(w: number, t: T): Part {
  return {
    fields: [field('date', r1(w - 32), edge + 1.5, 29, 7, { fontFamily: 'mono', fontSizePt: 9, align: 'right', format: 'date' })],
    statics: [label(t('templates.carrier.generic'), edge + 2, edge + 1.5, 40, 7, { fontSizePt: 13, bold: true }), hline(edge, w - edge, edge + 10, 0.4)],
  };
}

function trackingBand(w: number, y: number, h: number): Part {
  const inner = w - 2 * edge - 8;
  return {
    fields: [field('trackingNo', edge + 4, y + h - 6.5, inner, 5, { fontFamily: 'mono', fontSizePt: 11, bold: true, align: 'center' })],
    statics: [code('barcode', 'trackingNo', edge + 4, y + 2, inner, h - 9), hline(edge, w - edge, y + h, 0.4)],
  };
}

/** A party block: a big 收/寄 caption on the left, name and phone, then the address. */
function partyBlock(who: 'recipient' | 'sender', w: number, y: number, h: number, t: T): Part {
  const big = who === 'recipient';
  const size = big ? 12 : 9;
  const rowMm = big ? 7 : 5.5;
  const x = edge + 11.5;
  const inner = w - edge - 1.5 - x;
  const half = r1(inner * 0.45);
  return {
    fields: [
      field(`${who}.name`, x, y + 1.5, half - 1, rowMm, { fontFamily: 'hei', fontSizePt: size + 1, bold: big }),
      field(`${who}.phone`, x + half, y + 1.5, inner - half, rowMm, { fontFamily: 'mono', fontSizePt: size, bold: big }),
      field(`${who}.fullAddress`, x, y + 2.5 + rowMm, inner, h - rowMm - 4, { fontFamily: big ? 'hei' : 'song', fontSizePt: size, bold: big, overflow: 'wrap' }),
    ],
    statics: [
      label(t(big ? 'templates.label.recipientShort' : 'templates.label.senderShort'), edge + 1, y + 1, 8.5, h - 2, {
        fontSizePt: big ? 20 : 14, bold: true, align: 'center',
      }),
      vline(edge + 10, y, y + h, 0.3),
      hline(edge, w - edge, y + h, 0.4),
    ],
  };
}

function goodsBlock(w: number, y: number, h: number, t: T): Part {
  return {
    fields: [
      field('goods', edge + 2, y + 6.5, w - 2 * edge - 4, h - 8, { fontSizePt: 10, overflow: 'wrap' }),
      field('pieces', r1(w - 16), y + 1, 12.5, 5, { fontFamily: 'mono', fontSizePt: 9, align: 'right' }),
    ],
    statics: [
      label(t('templates.label.goods'), edge + 2, y + 1, 24, 5, { fontSizePt: 8 }),
      label(t('templates.label.pieces'), r1(w - 28), y + 1, 11, 5, { fontSizePt: 8, align: 'right' }),
      hline(edge, w - edge, y + h, 0.6),
    ],
  };
}

/** The tear-off sender copy: small bar code and number, recipient and (when there is room) address, sender, goods, QR. */
function stub(w: number, y: number, h: number, t: T): Part {
  const x = edge + 2;
  const inner = w - 2 * edge - 4;
  const qr = h >= 55 ? 22 : 0;
  const textW = inner - (qr ? qr + 2 : 0);
  const part: Part = {
    fields: [
      field('trackingNo', x + 16, y + 10.5, inner - 16, 4, { fontFamily: 'mono', fontSizePt: 8, align: 'center' }),
      field('recipient.name', x, y + 16, r1(textW * 0.45), 5, { fontFamily: 'hei', fontSizePt: 9 }),
      field('recipient.phone', r1(x + textW * 0.45 + 1), y + 16, r1(textW * 0.55 - 1), 5, { fontFamily: 'mono', fontSizePt: 9 }),
    ],
    statics: [label(t('templates.label.keepCopy'), x, y + 1.5, 14, 5, { fontSizePt: 8, bold: true }), code('barcode', 'trackingNo', x + 16, y + 1.5, inner - 16, 8.5)],
  };
  if (h >= 55) {
    // Room for a row each: sender with phone, then the goods.
    part.fields.push(
      field('recipient.fullAddress', x, y + 22, textW, 9, { fontSizePt: 8, overflow: 'wrap' }),
      field('sender.name', x, y + 32, r1(textW * 0.45), 5, { fontSizePt: 8 }),
      field('sender.phone', r1(x + textW * 0.45 + 1), y + 32, r1(textW * 0.55 - 1), 5, { fontFamily: 'mono', fontSizePt: 8 }),
      field('goods', x, y + 38, inner, 9, { fontSizePt: 8, overflow: 'wrap' }),
    );
    part.statics.push(label(t('templates.label.signature'), x, y + h - 9, 24, 5, { fontSizePt: 8 }), hline(x + 24, x + inner, y + h - 4.5, 0.15));
  } else if (h >= 38) {
    part.fields.push(
      field('recipient.fullAddress', x, y + 22, textW, 9, { fontSizePt: 8, overflow: 'wrap' }),
      field('sender.name', x, y + 32, r1(textW * 0.45), 5, { fontSizePt: 8 }),
      field('goods', r1(x + textW * 0.45 + 1), y + 32, r1(textW * 0.55 - 1), 5, { fontSizePt: 8 }),
    );
  }
  if (qr) part.statics.push(code('qrcode', 'trackingNo', x + inner - qr, y + 16, qr, qr));
  return part;
}

const join = (...parts: Part[]): Part => ({ fields: parts.flatMap((p) => p.fields), statics: parts.flatMap((p) => p.statics) });

export function thermalTemplate(id: ThermalId, lang: Lang = 'zh-CN'): Template {
  const size = thermalSizes.find((s) => s.id === id) ?? thermalSizes[0];
  const { widthMm: w, heightMm: h } = size;
  const t: T = (k) => translate(lang, k);
  const band = h >= 180 ? 26 : 22;
  const recipientH = w < 100 ? 34 : 36;
  const goodsH = h >= 180 ? 22 : 18;
  let y = edge + 10;
  const blocks: Part[] = [header(w, t)];
  const next = (hh: number) => ((y += hh), y - hh);
  blocks.push(trackingBand(w, next(band), band));
  blocks.push(partyBlock('recipient', w, next(recipientH), recipientH, t));
  blocks.push(partyBlock('sender', w, next(20), 20, t));
  blocks.push(goodsBlock(w, next(goodsH), goodsH, t));
  blocks.push(stub(w, y, h - edge - y, t));
  const part = join(...blocks);
  return {
    id,
    name: translate(lang, `templates.name.${id}`),
    paper: { widthMm: w, heightMm: h },
    orientation: 'portrait',
    mode: 'full',
    copyLabels: [],
    fields: part.fields,
    statics: [box(edge, edge, w - 2 * edge, h - 2 * edge, 0.4), ...part.statics],
  };
}
