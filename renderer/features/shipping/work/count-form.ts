/** OUT-4: one person's count, typed per product of the picking list. */
import type { MovementLine } from '@shared/stock/ledger';
import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';
import type { PickLine } from './picking-report';

export interface CountRow {
  productId: number;
  /** What the picking list says (sets opened), summed per product. */
  expected: number;
  /** As typed. */
  counted: string;
}

/** One row per product, in picking-list order, nothing typed yet (the counter counts, not copies). */
export function countRows(pick: readonly PickLine[]): CountRow[] {
  const rows: CountRow[] = [];
  for (const l of pick) {
    const row = rows.find((r) => r.productId === l.productId);
    if (row) row.expected += l.qty;
    else rows.push({ productId: l.productId, expected: l.qty, counted: '' });
  }
  return rows;
}

/** The typed counts as movement lines; 0 is a real count, a blank or a bad number is refused at its row. */
export function readCount(rows: readonly CountRow[]): { lines: MovementLine[]; issues: Issue[] } {
  const lines: MovementLine[] = [];
  const issues: Issue[] = [];
  rows.forEach((r, i) => {
    const q = parseQuantity(r.counted, 'nonNegative');
    if (q.ok) lines.push({ productId: r.productId, qty: q.value });
    else issues.push({ path: `rows.${i}`, message: q.message });
  });
  return { lines, issues };
}

/** The products a refused count differs on ('count.products.<id>'), to mark their rows. */
export function differingProducts(issues: readonly Issue[]): Set<number> {
  const ids = new Set<number>();
  for (const i of issues) {
    const m = /^count\.products\.(\d+)$/.exec(i.path);
    if (m) ids.add(Number(m[1]));
  }
  return ids;
}
