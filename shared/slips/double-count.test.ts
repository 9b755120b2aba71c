import { describe, expect, it } from 'vitest';
import { countDifferences, expectedCount, isDoubleCounted, recordCount } from './double-count';
import type { Step } from './messages';
import type { PurchaseSlip } from './purchase-slip';
import { ctx, ids, keeper, line, logistics, NOW, slip } from './test-fixtures';

const refusals = <T>(step: Step<T>) => (step.ok ? [] : step.issues.map((i) => i.message));
function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw new Error(JSON.stringify(step.issues));
  return step.value;
}

/** A shipping slip at the picking stage: one plain item ×2 and one set ×1 (主机 ×1 + 配件 ×2). */
const picking = (): PurchaseSlip => ({ ...slip({ delivery: 'ship', lines: [line(ids.plain, 2), line(ids.set, 1)] }), status: 'picking' });
const goodLines = [
  { productId: ids.plain, qty: 2 },
  { productId: ids.partA, qty: 1 },
  { productId: ids.partB, qty: 2 },
];

describe('two-person count', () => {
  it('counts what the picking list says, sets opened into their contents', () => {
    expect(expectedCount(picking(), ctx.products)).toEqual(new Map([[ids.plain, 2], [ids.partA, 1], [ids.partB, 2]]));
    expect(countDifferences(expectedCount(picking(), ctx.products), goodLines)).toEqual([]);
  });

  it('OUT-4: two different people counting the same goods complete the count', () => {
    const first = unwrap(recordCount(picking(), ctx.products, { ...keeper, at: NOW, lines: goodLines }));
    expect(first.status).toBe('picking');
    expect(isDoubleCounted(first, ctx.products)).toBe(false);
    const second = unwrap(recordCount(first, ctx.products, { ...logistics, at: NOW + 1, lines: goodLines }));
    expect(second.status).toBe('counted');
    expect(second.counts.map((c) => c.staffId)).toEqual([keeper.staffId, logistics.staffId]);
    expect(isDoubleCounted(second, ctx.products)).toBe(true);
  });

  it('OUT-4: the same person counting twice is refused', () => {
    const first = unwrap(recordCount(picking(), ctx.products, { ...keeper, at: NOW, lines: goodLines }));
    expect(refusals(recordCount(first, ctx.products, { ...keeper, at: NOW + 1, lines: goodLines }))).toEqual(['slip.ship.sameCounter']);
  });

  it('OUT-4: a count that differs from the list stops the shipment (nothing recorded)', () => {
    const short = [{ productId: ids.plain, qty: 2 }, { productId: ids.partA, qty: 1 }, { productId: ids.partB, qty: 1 }];
    const step = recordCount(picking(), ctx.products, { ...keeper, at: NOW, lines: short });
    expect(step).toEqual({ ok: false, issues: [{ path: `count.products.${ids.partB}`, message: 'slip.ship.countMismatch' }] });
    const first = unwrap(recordCount(picking(), ctx.products, { ...keeper, at: NOW, lines: goodLines }));
    const extra = [...goodLines, { productId: ids.chamber, qty: 1 }];
    expect(refusals(recordCount(first, ctx.products, { ...logistics, at: NOW, lines: extra }))).toEqual(['slip.ship.countMismatch']);
    expect(first.counts).toHaveLength(1);
  });

  it('refuses a count before picking or after two counts, and a count with no counter', () => {
    expect(refusals(recordCount({ ...picking(), status: 'listed' }, ctx.products, { ...keeper, at: NOW, lines: goodLines }))).toEqual(['slip.ship.pickBeforeCount']);
    const done = unwrap(recordCount(unwrap(recordCount(picking(), ctx.products, { ...keeper, at: NOW, lines: goodLines })), ctx.products, { ...logistics, at: NOW, lines: goodLines }));
    expect(refusals(recordCount(done, ctx.products, { staffId: 4, name: '陈刚', at: NOW, lines: goodLines }))).toEqual(['slip.ship.alreadyCounted']);
    expect(refusals(recordCount(picking(), ctx.products, { staffId: 0, name: '', at: NOW, lines: goodLines }))).toEqual(['slip.error.staffRequired']);
    expect(refusals(recordCount(picking(), ctx.products, { ...keeper, at: NOW, lines: [{ productId: ids.plain, qty: -1 }] }))).toEqual(['stock.qty.negative']);
  });
});
