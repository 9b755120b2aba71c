/**
 * What a 产品购销单 prints, and its mapping to the flat records the slip templates read: one record
 * per sheet, the lines cut into pages of the form's size. The slips screen maps a slip to
 * `PurchaseSlipPrintData`; templates only know the field keys.
 */
import type { TemplateRecord } from '../format';

export interface PurchaseSlipPrintLine {
  product: string;
  spec: string;
  unit: string;
  qty: number;
  /** Yuan. */
  price: number;
  amount: number;
}

export interface PurchaseSlipPrintData {
  no: string;
  /** Local date 'YYYY-MM-DD'. */
  date: string;
  customer: string;
  phone: string;
  address: string;
  /** Already in words (普通 / 会员购物 …). */
  orderType: string;
  delivery: string;
  lines: PurchaseSlipPrintLine[];
  total: number;
  handler: string;
  remarks: string;
}

function lineFields(line: PurchaseSlipPrintLine, n: number, index: number): Record<string, string | number> {
  const p = `line${n}.`;
  return {
    [`${p}no`]: index + 1,
    [`${p}product`]: line.product,
    [`${p}spec`]: line.spec,
    [`${p}unit`]: line.unit,
    [`${p}qty`]: line.qty,
    [`${p}price`]: line.price,
    [`${p}amount`]: line.amount,
  };
}

/**
 * One record per sheet of `linesPerSheet` lines. Every sheet repeats the header and the slip's total
 * (each copy of each sheet is a complete document); a multi-sheet slip's number says which sheet it is.
 */
export function purchaseSlipRecords(d: PurchaseSlipPrintData, linesPerSheet: number): TemplateRecord[] {
  if (!Number.isInteger(linesPerSheet) || linesPerSheet < 1) throw new RangeError(`bad lines per sheet: ${linesPerSheet}`);
  const sheets = Math.max(1, Math.ceil(d.lines.length / linesPerSheet));
  return Array.from({ length: sheets }, (_, s) => {
    const record: Record<string, string | number> = {
      no: sheets > 1 ? `${d.no} (${s + 1}/${sheets})` : d.no,
      date: d.date,
      customer: d.customer,
      phone: d.phone,
      address: d.address,
      orderType: d.orderType,
      delivery: d.delivery,
      total: d.total,
      totalCapital: d.total,
      handler: d.handler,
      remarks: d.remarks,
    };
    d.lines.slice(s * linesPerSheet, (s + 1) * linesPerSheet).forEach((line, i) => {
      Object.assign(record, lineFields(line, i + 1, s * linesPerSheet + i));
    });
    return record;
  });
}

const sampleLines: PurchaseSlipPrintLine[] = [
  { product: '净水器 套装', spec: '主机 + 三级滤芯', unit: '套', qty: 1, price: 2980, amount: 2980 },
  { product: 'PP棉滤芯', spec: '10 寸 5 微米', unit: '支', qty: 4, price: 38, amount: 152 },
  { product: '活性炭滤芯', spec: '10 寸 CTO', unit: '支', qty: 2, price: 58, amount: 116 },
  { product: 'RO膜滤芯', spec: '400G', unit: '支', qty: 1, price: 268, amount: 268 },
  { product: '鹅颈水龙头', spec: '304 不锈钢', unit: '个', qty: 1, price: 88, amount: 88 },
  { product: '快接管件包', spec: '2 分管 10 件', unit: '包', qty: 2, price: 25, amount: 50 },
];

/** A plausible slip filling `lines` lines, for previews and tests. */
export function samplePurchaseSlip(lines: number): PurchaseSlipPrintData {
  const all = Array.from({ length: lines }, (_, i) => sampleLines[i % sampleLines.length]!);
  return {
    no: 'GX20261127-001',
    date: '2026-11-27',
    customer: '张三丰',
    phone: '13912345678',
    address: '广东省深圳市南山区科技园南区高新南七道 18 号 4 栋 B 座 1203 室',
    orderType: '会员购物',
    delivery: '快递发货',
    lines: all,
    total: all.reduce((sum, l) => sum + l.amount, 0),
    handler: '王丽',
    remarks: '送货前请先电话联系;发票随货寄出。',
  };
}
