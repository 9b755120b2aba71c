/**
 * The service forms printed on blank paper (full mode): the service report (服务报告, A4 portrait)
 * with the customer's, the technician's and the supervisor's signature boxes, and the service card
 * (服务卡, A5 landscape) left with the customer. Both are ruled tables of label / value cells, so
 * the designer can move a field like any other template's.
 */
import { translate, type Lang, type StringKey } from '../../i18n';
import type { StaticElement, Template, TemplateField } from '../template';
import { box, field, hline, label, vline } from './elements';

type T = (k: StringKey) => string;

interface Part {
  fields: TemplateField[];
  statics: StaticElement[];
}

const join = (...parts: Part[]): Part => ({ fields: parts.flatMap((p) => p.fields), statics: parts.flatMap((p) => p.statics) });

const pad = 1.5;
const labelStyle = { fontSizePt: 10, align: 'center' } as const;

/** A value cell's field: one shrunk line, or wrapped text from the top for the long ones. */
function cellField(key: string, x: number, y: number, w: number, h: number, wrap: boolean, extras: Partial<TemplateField> = {}): TemplateField {
  return field(key, x + pad, y + (wrap ? pad : 0.5), w - 2 * pad, h - (wrap ? 2 * pad : 1), {
    fontSizePt: 10.5,
    ...(wrap ? { overflow: 'wrap' } : {}),
    ...extras,
  });
}

/** A label cell and its value cell. */
interface Pair {
  label: StringKey;
  /** None: a blank cell to write in by hand. */
  key?: string;
  labelMm: number;
  valueMm: number;
  wrap?: boolean;
  extras?: Partial<TemplateField>;
}

/** One table row of label / value pairs, ruled on the right of each cell and underneath. */
function row(x: number, y: number, h: number, pairs: Pair[], t: T): Part {
  const part: Part = { fields: [], statics: [] };
  let cx = x;
  for (const p of pairs) {
    part.statics.push(label(t(p.label), cx + 0.5, y + 0.5, p.labelMm - 1, Math.min(h - 1, 8), { ...labelStyle, fontFamily: 'hei' }));
    part.statics.push(vline(cx + p.labelMm, y, y + h));
    if (p.key) part.fields.push(cellField(p.key, cx + p.labelMm, y, p.valueMm, h, p.wrap ?? false, p.extras));
    cx += p.labelMm + p.valueMm;
    part.statics.push(vline(cx, y, y + h));
  }
  part.statics.push(hline(x, cx, y + h));
  return part;
}

/** A signature box: its caption on top, the signature space, then 日期 on the bottom line. */
function signatureBox(x: number, y: number, w: number, h: number, caption: StringKey, t: T, nameKey?: string): Part {
  const part: Part = {
    fields: [],
    statics: [
      box(x, y, w, h, 0.3),
      label(t(caption), x + 2, y + 1.5, w - 4, 6, { fontSizePt: 10.5, fontFamily: 'hei', bold: true }),
      label(t('svcprint.label.date'), x + 2, y + h - 7.5, 14, 6, { fontSizePt: 10 }),
      hline(x + 16, x + w - 3, y + h - 2),
    ],
  };
  if (nameKey) part.fields.push(field(nameKey, x + 2, y + h - 16, w - 4, 6, { fontSizePt: 10, align: 'center' }));
  return part;
}

const reportX = 12;
const reportW = 186;
/** Label 26 mm, value 67 mm, twice: the A4 width inside 12 mm margins. */
const half = (labelKey: StringKey, key: string, extras?: Partial<TemplateField>): Pair => ({ label: labelKey, key, labelMm: 26, valueMm: 67, ...(extras ? { extras } : {}) });
const whole = (labelKey: StringKey, key: string, wrap = false): Pair => ({ label: labelKey, key, labelMm: 26, valueMm: reportW - 26, wrap });

function reportRows(t: T): Part {
  const rows: [number, Pair[]][] = [
    [9, [half('svcprint.label.customer', 'customer'), half('svcprint.label.phone', 'phone', { fontFamily: 'mono' })]],
    [9, [whole('svcprint.label.address', 'address')]],
    [9, [half('svcprint.label.product', 'product'), half('svcprint.label.serialNo', 'serialNo', { fontFamily: 'mono' })]],
    [9, [whole('svcprint.label.technicians', 'technicians')]],
    [9, [half('svcprint.label.arrivalAt', 'arrivalAt', { format: 'datetime' }), half('svcprint.label.departureAt', 'departureAt', { format: 'datetime' })]],
    [9, [whole('svcprint.label.problem', 'problem')]],
    [44, [whole('svcprint.label.workDone', 'workDone', true)]],
    [22, [whole('svcprint.label.partsUsed', 'partsUsed', true)]],
    [9, [whole('svcprint.label.result', 'result')]],
    [22, [whole('svcprint.label.unresolved', 'unresolved', true)]],
    [22, [whole('svcprint.label.feedback', 'feedback', true)]],
  ];
  const top = 34;
  let y = top;
  const parts = rows.map(([h, pairs]) => {
    const part = row(reportX, y, h, pairs, t);
    y += h;
    return part;
  });
  return join({ fields: [], statics: [hline(reportX, reportX + reportW, top), vline(reportX, top, y)] }, ...parts);
}

/** 服务报告: A4 portrait, 12 mm margins; the visit's facts, then three signature boxes. */
export function serviceReportTemplate(lang: Lang = 'zh-CN'): Template {
  const t: T = (k) => translate(lang, k);
  const sigY = 222;
  const sigW = 60;
  const gap = (reportW - 3 * sigW) / 2;
  const part = join(
    {
      fields: [
        field('requestNo', 38, 25, 60, 7, { fontFamily: 'mono', fontSizePt: 10.5 }),
        field('reportDate', 160, 25, 38, 7, { fontFamily: 'mono', fontSizePt: 10.5, format: 'date' }),
      ],
      statics: [
        label(t('svcprint.report.title'), 12, 10, 186, 12, { fontFamily: 'hei', fontSizePt: 20, bold: true, align: 'center' }),
        label(t('svcprint.label.requestNo'), 12, 25, 26, 7, { fontSizePt: 10.5 }),
        label(t('svcprint.label.reportDate'), 130, 25, 30, 7, { fontSizePt: 10.5, align: 'right' }),
      ],
    },
    reportRows(t),
    signatureBox(reportX, sigY, sigW, 40, 'svcprint.sign.customer', t, 'customerSignatureName'),
    signatureBox(reportX + sigW + gap, sigY, sigW, 40, 'svcprint.sign.technician', t),
    signatureBox(reportX + 2 * (sigW + gap), sigY, sigW, 40, 'svcprint.sign.supervisor', t),
    { fields: [], statics: [label(t('svcprint.report.footer'), 12, 270, 186, 6, { fontSizePt: 9, align: 'center' })] },
  );
  return {
    id: 'service-report',
    name: t('templates.name.service-report'),
    paper: { widthMm: 210, heightMm: 297 },
    orientation: 'portrait',
    mode: 'full',
    copyLabels: [],
    fields: part.fields,
    statics: part.statics,
  };
}

const cardX = 10;
const cardW = 190;
/** Label 24 mm, value 71 mm, twice: the A5 landscape width inside 10 mm margins. */
const cardHalf = (labelKey: StringKey, key: string, extras?: Partial<TemplateField>): Pair => ({ label: labelKey, key, labelMm: 24, valueMm: 71, ...(extras ? { extras } : {}) });
const cardWhole = (labelKey: StringKey, key: string, wrap = false): Pair => ({ label: labelKey, key, labelMm: 24, valueMm: cardW - 24, wrap });

/** 服务卡: A5 landscape, one card per serviced product and visit, handed to the customer. */
export function serviceCardTemplate(lang: Lang = 'zh-CN'): Template {
  const t: T = (k) => translate(lang, k);
  const rows: [number, Pair[]][] = [
    [9, [cardHalf('svcprint.label.customer', 'customer'), cardHalf('svcprint.label.phone', 'phone', { fontFamily: 'mono' })]],
    [9, [cardWhole('svcprint.label.address', 'address')]],
    [9, [cardHalf('svcprint.label.product', 'product'), cardHalf('svcprint.label.serialNo', 'serialNo', { fontFamily: 'mono' })]],
    [9, [cardHalf('svcprint.label.serviceDate', 'serviceDate', { format: 'date' }), cardHalf('svcprint.label.nextServiceDate', 'nextServiceDate', { format: 'date' })]],
    [30, [cardWhole('svcprint.label.content', 'content', true)]],
    [12, [cardHalf('svcprint.label.technician', 'technician'), { label: 'svcprint.sign.customer', labelMm: 24, valueMm: 71 }]],
  ];
  const top = 26;
  let y = top;
  const parts = rows.map(([h, pairs]) => {
    const part = row(cardX, y, h, pairs, t);
    y += h;
    return part;
  });
  const part = join(
    {
      fields: [field('cardNo', 141, 18, 59, 7, { fontFamily: 'mono', fontSizePt: 10.5 })],
      statics: [
        label(t('svcprint.card.title'), 10, 6, 190, 11, { fontFamily: 'hei', fontSizePt: 18, bold: true, align: 'center' }),
        label(t('svcprint.label.cardNo'), 110, 18, 30, 7, { fontSizePt: 10.5, align: 'right' }),
        hline(cardX, cardX + cardW, top),
        vline(cardX, top, y),
      ],
    },
    ...parts,
    { fields: [], statics: [label(t('svcprint.card.footer'), 10, y + 4, 190, 6, { fontSizePt: 9, align: 'center' })] },
  );
  return {
    id: 'service-card',
    name: t('templates.name.service-card'),
    paper: { widthMm: 210, heightMm: 148 },
    orientation: 'landscape',
    mode: 'full',
    copyLabels: [],
    fields: part.fields,
    statics: part.statics,
  };
}
