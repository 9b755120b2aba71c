/**
 * The purchase-slip form as typed, and its conversion to `SlipFields`. Amounts are never typed: each
 * line's amount is qty × unit price to the fen and the total their sum (shared/slips/slip-totals), so
 * the figures on the slip always agree. Blank rows are left out; the form keeps one blank row at the
 * end so the clerk can go on typing.
 */
import type { Product } from '@shared/products/product';
import type { SlipAttachment, SlipFields } from '@shared/slips/purchase-slip';
import { capitalTotal, lineAmount, slipTotals } from '@shared/slips/slip-totals';
import type { DeliveryMode, OrderType } from '@shared/stock/outbound';
import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';

export interface SlipLineRow {
  productId: number | null;
  qty: string;
  unitPrice: string;
}

export interface SlipFormValues {
  customerId: number | null;
  orderType: OrderType;
  delivery: DeliveryMode;
  lines: SlipLineRow[];
  remarks: string;
  attachments: SlipAttachment[];
}

export const blankLine = (): SlipLineRow => ({ productId: null, qty: '', unitPrice: '' });

export function isBlankLine(r: SlipLineRow): boolean {
  return r.productId === null && r.qty.trim() === '' && r.unitPrice.trim() === '';
}

/** Exactly one blank row at the end. */
export function withTrailingBlank(lines: readonly SlipLineRow[]): SlipLineRow[] {
  const kept = [...lines];
  while (kept.length > 0 && isBlankLine(kept[kept.length - 1]!)) kept.pop();
  return [...kept, blankLine()];
}

export function emptySlipForm(): SlipFormValues {
  return { customerId: null, orderType: 'normal', delivery: 'pickup', lines: [blankLine()], remarks: '', attachments: [] };
}

const priceText = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** A saved slip (or a replacement's fields) back into the form. */
export function slipToForm(fields: Pick<SlipFields, 'customerId' | 'orderType' | 'delivery' | 'lines' | 'remarks' | 'attachments'>): SlipFormValues {
  return {
    customerId: fields.customerId > 0 ? fields.customerId : null,
    orderType: fields.orderType,
    delivery: fields.delivery,
    lines: withTrailingBlank(fields.lines.map((l) => ({ productId: l.productId, qty: String(l.qty), unitPrice: priceText(l.unitPrice) }))),
    remarks: fields.remarks,
    attachments: fields.attachments,
  };
}

/** Choosing a product fills its list price, unless the clerk already typed a price for this product. */
export function chooseProduct(values: SlipFormValues, row: number, product: Pick<Product, 'id' | 'price'> | null): SlipFormValues {
  const lines = values.lines.map((r, i) => {
    if (i !== row) return r;
    if (!product) return { ...r, productId: null };
    const keepPrice = r.productId === product.id && r.unitPrice.trim() !== '';
    return { productId: product.id ?? null, qty: r.qty.trim() === '' ? '1' : r.qty, unitPrice: keepPrice ? r.unitPrice : priceText(product.price) };
  });
  return { ...values, lines: withTrailingBlank(lines) };
}

/** Yuan as typed ("38", "38.5", "１２"); NaN when it is not a number. */
export function parsePrice(text: string): number {
  const t = text.trim().replace(/[０-９．]/g, (d) => (d === '．' ? '.' : String(d.charCodeAt(0) - 0xff10))).replace(/^¥/, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** What a row shows in its amount cell while the clerk types (undefined until qty and price read). */
export function rowAmount(r: SlipLineRow): number | undefined {
  const qty = parseQuantity(r.qty);
  const price = parsePrice(r.unitPrice);
  return qty.ok && Number.isFinite(price) ? lineAmount({ qty: qty.value, unitPrice: price }) : undefined;
}

export interface FormTotals {
  qty: number;
  total: number;
  capital: string;
}

/** The live 合计 and 大写金额 of the rows that read. */
export function formTotals(values: SlipFormValues): FormTotals {
  const lines = values.lines.flatMap((r) => {
    const qty = parseQuantity(r.qty);
    const price = parsePrice(r.unitPrice);
    return r.productId !== null && qty.ok && Number.isFinite(price) ? [{ qty: qty.value, unitPrice: price }] : [];
  });
  const { qty, total } = slipTotals(lines);
  return { qty, total, capital: capitalTotal({ total }) };
}

export interface FormReading {
  fields: SlipFields;
  /** Field problems the form itself finds (paths use the form's row numbers). */
  issues: Issue[];
  /** Slip line index → form row index, to show the rules' issues at the right row. */
  rowOfLine: number[];
}

/** The form → slip fields for `day`; rows that do not read are left out and reported at their fields. */
export function readSlipForm(values: SlipFormValues, day: string, approvals: SlipFields['approvals'] = {}): FormReading {
  const issues: Issue[] = [];
  const lines: SlipFields['lines'] = [];
  const rowOfLine: number[] = [];
  values.lines.forEach((r, i) => {
    if (isBlankLine(r)) return;
    const qty = parseQuantity(r.qty);
    const price = parsePrice(r.unitPrice);
    if (r.productId === null) issues.push({ path: `lines.${i}.productId`, message: 'stockui.line.productRequired' });
    if (!qty.ok) issues.push({ path: `lines.${i}.qty`, message: qty.message });
    if (!Number.isFinite(price)) issues.push({ path: `lines.${i}.unitPrice`, message: 'slip.error.priceRequired' });
    if (r.productId === null || !qty.ok || !Number.isFinite(price)) return;
    lines.push({ productId: r.productId, qty: qty.value, unitPrice: price, amount: lineAmount({ qty: qty.value, unitPrice: price }) });
    rowOfLine.push(i);
  });
  const fields: SlipFields = {
    day,
    customerId: values.customerId ?? 0,
    orderType: values.orderType,
    delivery: values.delivery,
    lines,
    total: slipTotals(lines).total,
    remarks: values.remarks,
    attachments: values.attachments,
    approvals,
  };
  return { fields, issues, rowOfLine };
}

/** The rules' issues (paths `lines.<line>.x`) moved to the form's rows (`lines.<row>.x`). */
export function issuesAtRows(issues: readonly Issue[], rowOfLine: readonly number[]): Issue[] {
  return issues.map((i) => {
    const m = /^lines\.(\d+)\.(.+)$/.exec(i.path);
    if (!m) return i;
    const row = rowOfLine[Number(m[1])];
    return row === undefined ? i : { ...i, path: `lines.${row}.${m[2]}` };
  });
}

/** Form paths shown beside a field; everything else goes in the message above the buttons. */
export function isFormField(path: string): boolean {
  return ['customerId', 'orderType', 'delivery', 'remarks', 'attachments', 'lines'].includes(path) || /^lines\.\d+\.(productId|qty|unitPrice|amount)$/.test(path) || /^attachments\./.test(path);
}
