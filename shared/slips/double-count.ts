import type { Product } from '../products/product';
import type { MovementLine } from '../stock/ledger';
import { expandSets } from '../stock/outbound';
import { quantityIssue } from '../stock/quantity';
import type { Issue } from '../validation';
import { flowIssues, stampIssues } from './flow-guards';
import { issue, refuse, stepIf, type Step } from './messages';
import type { FlowDoc } from '../shipping/ship-doc';
import type { StockCount } from './purchase-slip';

/** OUT-4: at least two different people count the picked goods before packing. */
export const requiredCounts = 2;

/** What the picking list says to pick, per product (sets opened into their contents). */
export function expectedCount(slip: { lines: readonly MovementLine[] }, products: ReadonlyMap<number, Product>): Map<number, number> {
  const totals = new Map<number, number>();
  for (const l of expandSets(slip.lines.map((l) => ({ productId: l.productId, qty: l.qty })), products)) totals.set(l.productId, (totals.get(l.productId) ?? 0) + l.qty);
  return totals;
}

export interface CountDifference {
  productId: number;
  expected: number;
  counted: number;
}

/** Every product whose counted quantity differs from the picking list (missing = counted 0). */
export function countDifferences(expected: ReadonlyMap<number, number>, counted: readonly MovementLine[]): CountDifference[] {
  const got = new Map<number, number>();
  for (const l of counted) got.set(l.productId, (got.get(l.productId) ?? 0) + l.qty);
  const ids = new Set([...expected.keys(), ...got.keys()]);
  return [...ids]
    .map((productId) => ({ productId, expected: expected.get(productId) ?? 0, counted: got.get(productId) ?? 0 }))
    .filter((d) => d.expected !== d.counted);
}

function countShapeIssues(count: StockCount): Issue[] {
  const issues = stampIssues(count, 'count');
  count.lines.forEach((l, i) => {
    const bad = quantityIssue(l.qty, `count.lines.${i}.qty`, 'nonNegative');
    if (bad) issues.push(bad);
  });
  return issues;
}

/**
 * OUT-4: records one person's count. The same person cannot count twice; a count that differs from
 * the picking list stops the shipment (refused, nothing recorded: recount before packing). The
 * second matching count by another person moves the slip to 'counted'.
 */
export function recordCount<T extends FlowDoc>(slip: T, products: ReadonlyMap<number, Product>, count: StockCount): Step<T> {
  const outOfOrder = slip.counts.length >= requiredCounts ? 'slip.ship.alreadyCounted' : 'slip.ship.pickBeforeCount';
  const guard = flowIssues(slip, 'ship', 'picking', outOfOrder);
  if (guard.length > 0) return refuse(guard);
  const shape = countShapeIssues(count);
  if (shape.length > 0) return refuse(shape);
  if (slip.counts.some((c) => c.staffId === count.staffId)) return refuse([issue('count.staffId', 'slip.ship.sameCounter')]);
  const differences = countDifferences(expectedCount(slip, products), count.lines);
  const issues = differences.map((d) => issue(`count.products.${d.productId}`, 'slip.ship.countMismatch'));
  const counts = [...slip.counts, { ...count, name: count.name.trim() }];
  return stepIf(issues, () => ({ ...slip, counts, status: counts.length >= requiredCounts ? 'counted' : 'picking', updatedAt: count.at }));
}

/** OUT-4 holds: two counts by two different people, each matching the picking list. */
export function isDoubleCounted(slip: Pick<FlowDoc, 'counts' | 'lines'>, products: ReadonlyMap<number, Product>): boolean {
  const expected = expectedCount(slip, products);
  const people = new Set(slip.counts.map((c) => c.staffId));
  return people.size >= requiredCounts && slip.counts.every((c) => countDifferences(expected, c.lines).length === 0);
}
