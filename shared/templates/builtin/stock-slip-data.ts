/**
 * What an inbound or outbound slip prints, and its mapping to the flat records the slip templates
 * read: one record per sheet, the lines cut into pages of the form's size. The stock screens map a
 * slip (shared/stock/stock-slip.ts) to `StockSlipPrintData`; the templates only know the field keys.
 */
import type { TemplateRecord } from '../format';

export interface StockSlipPrintLine {
  code: string;
  product: string;
  spec: string;
  unit: string;
  qty: number;
  /** Already in words (可售 / 不良品). */
  location: string;
}

export interface StockSlipPrintData {
  no: string;
  /** Local date 'YYYY-MM-DD'. */
  date: string;
  /** Already in words (采购入库, 退货入库, 换货出库 …). */
  category: string;
  sourceNo: string;
  counterparty: string;
  note: string;
  lines: StockSlipPrintLine[];
  handler: string;
  /** The inbound form's 收货人 / the outbound form's 库管员. */
  signer1: string;
  /** The inbound form's 库管员 / the outbound form's 签收人 (often signed by hand). */
  signer2: string;
}

/** One record per sheet of `linesPerSheet` lines; every sheet repeats the header and the slip's total quantity. */
export function stockSlipRecords(d: StockSlipPrintData, linesPerSheet: number): TemplateRecord[] {
  if (!Number.isInteger(linesPerSheet) || linesPerSheet < 1) throw new RangeError(`bad lines per sheet: ${linesPerSheet}`);
  const sheets = Math.max(1, Math.ceil(d.lines.length / linesPerSheet));
  const totalQty = d.lines.reduce((sum, l) => sum + l.qty, 0);
  return Array.from({ length: sheets }, (_, s) => {
    const record: Record<string, string | number> = {
      no: sheets > 1 ? `${d.no} (${s + 1}/${sheets})` : d.no,
      date: d.date, category: d.category, sourceNo: d.sourceNo, counterparty: d.counterparty, note: d.note,
      totalQty, handler: d.handler, signer1: d.signer1, signer2: d.signer2,
    };
    d.lines.slice(s * linesPerSheet, (s + 1) * linesPerSheet).forEach((line, i) => {
      const p = `line${i + 1}.`;
      Object.assign(record, {
        [`${p}no`]: s * linesPerSheet + i + 1, [`${p}code`]: line.code, [`${p}product`]: line.product, [`${p}spec`]: line.spec,
        [`${p}unit`]: line.unit, [`${p}qty`]: line.qty, [`${p}location`]: line.location,
      });
    });
    return record;
  });
}

/** The most lines a (possibly customised) slip template holds: its highest `line<n>.product` field. */
export function templateLinesPerSheet(fieldKeys: readonly string[]): number {
  let most = 0;
  for (const key of fieldKeys) {
    const m = /^line(\d+)\.product$/.exec(key);
    if (m) most = Math.max(most, Number(m[1]));
  }
  return Math.max(1, most);
}

const sampleLines: StockSlipPrintLine[] = [
  { code: 'LX-PP', product: 'PP棉滤芯', spec: '10 寸 5 微米', unit: '支', qty: 20, location: '可售' },
  { code: 'LX-HXT', product: '活性炭滤芯', spec: '10 寸 CTO', unit: '支', qty: 16, location: '可售' },
  { code: 'LX-RO', product: 'RO膜滤芯', spec: '400G', unit: '支', qty: 10, location: '可售' },
  { code: 'PJ-SLT', product: '鹅颈水龙头', spec: '304 不锈钢', unit: '个', qty: 5, location: '可售' },
  { code: 'PJ-GJ', product: '快接管件包', spec: '2 分管 10 件', unit: '包', qty: 8, location: '可售' },
  { code: 'JSQ-ZJ', product: '净水器主机', spec: 'RO-400G', unit: '台', qty: 1, location: '不良品' },
];

/** A plausible slip filling `lines` lines, for previews and tests. */
export function sampleStockSlip(lines: number): StockSlipPrintData {
  return {
    no: 'RK20261127-002',
    date: '2026-11-27',
    category: '退货入库',
    sourceNo: 'GX20261120-003',
    counterparty: '张三丰',
    note: '广东省深圳市南山区门店退回,主机外壳破损入不良品',
    lines: Array.from({ length: lines }, (_, i) => sampleLines[i % sampleLines.length]!),
    handler: '李强',
    signer1: '赵敏',
    signer2: '李强',
  };
}
