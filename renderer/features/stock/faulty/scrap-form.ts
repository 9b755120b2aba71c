import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';
import type { ScrapInput } from '../../../db/faulty-stock-repo';

export interface ScrapFormValues {
  productId: number | null;
  qty: string;
  reason: string;
}

export const emptyScrapForm = (productId: number | null = null, qty = ''): ScrapFormValues => ({ productId, qty, reason: '' });

/**
 * The form → what postScrap takes, every issue at its field: a product, a whole positive quantity no
 * more than its faulty stock, and the reason. The supervisor is asked to sign only after this passes.
 */
export function formToScrap(v: ScrapFormValues, faultyOf: (productId: number) => number): { input: ScrapInput; issues: Issue[] } {
  const issues: Issue[] = [];
  const qty = parseQuantity(v.qty, 'positive');
  if (v.productId === null) issues.push({ path: 'lines.0.productId', message: 'stockui.line.productRequired' });
  if (!qty.ok) issues.push({ path: 'lines.0.qty', message: qty.message });
  else if (v.productId !== null && qty.value > faultyOf(v.productId)) issues.push({ path: 'lines.0.qty', message: 'stock.faulty.insufficient' });
  const reason = v.reason.trim();
  if (reason === '') issues.push({ path: 'reason', message: 'stock.scrap.reasonRequired' });
  return { input: { lines: v.productId !== null && qty.ok ? [{ productId: v.productId, qty: qty.value }] : [], reason }, issues };
}
