import { hasAtMostTwoDecimals, maxPrice } from '../products/product';
import { toChineseCapital } from '../templates/capital-amount';
import type { Issue } from '../validation';
import { issue } from './messages';
import type { SlipFields, SlipLine } from './purchase-slip';

/** Money is compared in whole fen (分), so 0.1 + 0.2 never differs from 0.3. */
export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function fromFen(fen: number): number {
  return fen / 100;
}

/** qty × unitPrice, in fen. */
export function lineAmountFen(line: Pick<SlipLine, 'qty' | 'unitPrice'>): number {
  return line.qty * toFen(line.unitPrice);
}

/** The amount a line should carry, in yuan (for the form to fill in as the clerk types). */
export function lineAmount(line: Pick<SlipLine, 'qty' | 'unitPrice'>): number {
  return fromFen(lineAmountFen(line));
}

export interface SlipTotals {
  qty: number;
  /** Yuan: the sum of the computed line amounts. */
  total: number;
  totalFen: number;
}

export function slipTotals(lines: readonly Pick<SlipLine, 'qty' | 'unitPrice'>[]): SlipTotals {
  let qty = 0;
  let totalFen = 0;
  for (const l of lines) {
    qty += l.qty;
    totalFen += lineAmountFen(l);
  }
  return { qty, total: fromFen(totalFen), totalFen };
}

/** 大写金额 of the slip's total, as printed on the form. */
export function capitalTotal(slip: Pick<SlipFields, 'total'>): string {
  return toChineseCapital(slip.total);
}

function unitPriceIssue(price: number, path: string): Issue | undefined {
  if (typeof price !== 'number' || !Number.isFinite(price)) return issue(path, 'slip.error.priceRequired');
  if (price < 0) return issue(path, 'slip.error.priceNegative');
  if (price > maxPrice) return issue(path, 'slip.error.priceTooLarge');
  if (!hasAtMostTwoDecimals(price)) return issue(path, 'slip.error.priceDecimals');
  return undefined;
}

/**
 * Each amount must equal qty × unit price to the fen, and the total the sum of the lines. A mismatch
 * is reported, not corrected: the clerk decides which figure is wrong.
 */
export function lineMathIssues(slip: Pick<SlipFields, 'lines' | 'total'>): Issue[] {
  const issues: Issue[] = [];
  let sumFen = 0;
  let countable = true;
  slip.lines.forEach((l, i) => {
    const bad = unitPriceIssue(l.unitPrice, `lines.${i}.unitPrice`);
    if (bad) {
      issues.push(bad);
      countable = false;
      return;
    }
    if (!Number.isInteger(l.qty) || l.qty <= 0) {
      countable = false;
      return; // the quantity's own message comes from the outbound check
    }
    const expected = lineAmountFen(l);
    sumFen += expected;
    if (!Number.isFinite(l.amount) || toFen(l.amount) !== expected || !hasAtMostTwoDecimals(l.amount)) {
      issues.push(issue(`lines.${i}.amount`, 'slip.error.amountMismatch'));
    }
  });
  if (countable && (!Number.isFinite(slip.total) || toFen(slip.total) !== sumFen || !hasAtMostTwoDecimals(slip.total))) {
    issues.push(issue('total', 'slip.error.totalMismatch'));
  }
  return issues;
}
