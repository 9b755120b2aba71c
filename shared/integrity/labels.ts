import type { Variance } from '../stock/stock-take';

/** The fields by which staff know a stored record, in the order they are preferred. */
const labelFields = ['docNo', 'no', 'slipNo', 'cardNo', 'fileName', 'receiptDocNo', 'name', 'contact', 'phone'] as const;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * How staff know a record (a row or an audit snapshot of it): its document number, a product's code
 * and name, a person's name. Undefined when it has none (the list then gives its table and number).
 */
export function recordLabel(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const fields = row as Record<string, unknown>;
  const code = text(fields.code);
  if (code) return [code, text(fields.name)].filter(Boolean).join(' ');
  for (const f of labelFields) {
    const v = text(fields[f]);
    if (v) return v;
  }
  return undefined;
}

const isVariance = (v: unknown): v is Variance =>
  typeof v === 'object' && v !== null && ['productId', 'bookQty', 'countedQty', 'variance'].every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

/** WH-2: the variance list a stock take's posting entry says the supervisor signed, when it kept one. */
export function signedVariances(after: unknown): Variance[] | undefined {
  if (typeof after !== 'object' || after === null) return undefined;
  const list = (after as Record<string, unknown>).signedVariances;
  return Array.isArray(list) && list.every(isVariance) ? list : undefined;
}
