import type { MovementLine } from '@shared/stock/ledger';
import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';

/** A product and a quantity as typed (returns, exchanges). */
export interface QtyLineRow {
  productId: number | null;
  qty: string;
}

export const blankQtyLine = (): QtyLineRow => ({ productId: null, qty: '' });

/**
 * Rows → movement lines with positive whole quantities; fully blank rows are left out, every other
 * problem is an issue at `lines.<row>.<field>` (the form's own row numbers).
 */
export function readQtyLines(rows: readonly QtyLineRow[]): { lines: MovementLine[]; issues: Issue[] } {
  const lines: MovementLine[] = [];
  const issues: Issue[] = [];
  const seen = new Set<number>();
  rows.forEach((r, i) => {
    if (r.productId === null && r.qty.trim() === '') return;
    const qty = parseQuantity(r.qty, 'positive');
    if (r.productId === null) issues.push({ path: `lines.${i}.productId`, message: 'stockui.line.productRequired' });
    else if (seen.has(r.productId)) issues.push({ path: `lines.${i}.productId`, message: 'stock.error.duplicateLine' });
    if (!qty.ok) issues.push({ path: `lines.${i}.qty`, message: qty.message });
    if (r.productId !== null && !seen.has(r.productId) && qty.ok) lines.push({ productId: r.productId, qty: qty.value });
    if (r.productId !== null) seen.add(r.productId);
  });
  if (lines.length === 0 && issues.length === 0) issues.push({ path: 'lines', message: 'stock.error.noLines' });
  return { lines, issues };
}
