import { describe, expect, it } from 'vitest';
import type { Movement, MovementKind } from './ledger';
import { applyMovement, balanceOf, balances, kindSign, movementDeltas, movementKinds, movementProductIds, movementStamp, validateMovement } from './ledger';
import { movement } from './test-fixtures';

/** A small seeded generator, so a failing run can be repeated. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMovement(rand: () => number, n: number): Movement {
  const int = (max: number) => Math.floor(rand() * max);
  const kind: MovementKind = movementKinds[int(movementKinds.length)] ?? 'receive';
  const ids = [...new Set(Array.from({ length: 1 + int(4) }, () => 1 + int(20)))];
  const sign = kindSign(kind) || (rand() < 0.5 ? -1 : 1);
  const location = kind === 'scrap' || ((kind === 'return' || kind === 'exchangeIn') && rand() < 0.3) ? { location: 'faulty' as const } : {};
  return movement({ kind, docNo: `RK20261127-${String(n + 1).padStart(3, '0')}`, lines: ids.map((productId) => ({ productId, qty: sign * (1 + int(50)), ...location })) });
}

describe('stock on hand from the ledger', () => {
  const ledger = [
    movement({ lines: [{ productId: 1, qty: 10 }, { productId: 2, qty: 4 }] }),
    movement({ kind: 'issue', docNo: 'CK20261127-001', lines: [{ productId: 1, qty: -3 }] }),
    movement({ kind: 'adjust', docNo: 'PD20261127-001', lines: [{ productId: 2, qty: -1 }] }),
  ];

  it('is the sum of the lines of one product', () => {
    expect(balanceOf(ledger, 1)).toBe(7);
    expect(balanceOf(ledger, 2)).toBe(3);
    expect(balanceOf(ledger, 3)).toBe(0);
    expect(balances(ledger)).toEqual(new Map([[1, 7], [2, 3]]));
  });

  it('applyMovement returns new balances and leaves the old ones unchanged', () => {
    const before = new Map([[1, 7]]);
    const after = applyMovement(before, movement({ lines: [{ productId: 1, qty: 2 }, { productId: 5, qty: 1 }] }));
    expect(after).toEqual(new Map([[1, 9], [5, 1]]));
    expect(before).toEqual(new Map([[1, 7]]));
  });

  it('reports the per-product change and the touched products', () => {
    const m = movement({ kind: 'adjust', lines: [{ productId: 3, qty: -2 }, { productId: 4, qty: 5 }] });
    expect(movementDeltas(m)).toEqual(new Map([[3, -2], [4, 5]]));
    expect(movementProductIds(m)).toEqual([3, 4]);
  });

  it('incremental balances equal the batch sum over 1,500 random movements', () => {
    const rand = mulberry32(20261127);
    const ledger = Array.from({ length: 1500 }, (_, n) => randomMovement(rand, n));
    let running = new Map<number, number>();
    for (const m of ledger) {
      expect(validateMovement(m)).toEqual([]);
      running = applyMovement(running, m);
    }
    const batch = balances(ledger);
    expect(running).toEqual(batch);
    for (let id = 1; id <= 20; id++) expect(running.get(id) ?? 0).toBe(balanceOf(ledger, id));
    expect(batch.size).toBe(20);
    // Sellable and faulty stock together are every line of the ledger.
    const faulty = balances(ledger, 'faulty');
    const all = new Map<number, number>();
    for (const m of ledger) for (const l of m.lines) all.set(l.productId, (all.get(l.productId) ?? 0) + l.qty);
    for (const [id, total] of all) expect((batch.get(id) ?? 0) + (faulty.get(id) ?? 0)).toBe(total);
  });

  it('keeps faulty stock (不良品) apart: it is not stock on hand', () => {
    const ms = [
      movement({ lines: [{ productId: 1, qty: 5 }] }),
      movement({ kind: 'return', lines: [{ productId: 1, qty: 2, location: 'faulty' }, { productId: 2, qty: 1 }] }),
      movement({ kind: 'scrap', docNo: 'CK20261127-001', lines: [{ productId: 1, qty: -1, location: 'faulty' }] }),
    ];
    expect(balanceOf(ms, 1)).toBe(5);
    expect(balanceOf(ms, 1, 'faulty')).toBe(1);
    expect(movementDeltas(ms[1] as Movement, 'faulty')).toEqual(new Map([[1, 2]]));
  });
});

describe('validateMovement', () => {
  it('accepts a well-formed movement', () => {
    expect(validateMovement(movement())).toEqual([]);
  });

  it('refuses zero, non-integer and wrong-direction quantities and duplicate lines', () => {
    const bad = movement({
      kind: 'issue',
      lines: [{ productId: 1, qty: 0 }, { productId: 2, qty: -1.5 }, { productId: 3, qty: 4 }, { productId: 3, qty: -1 }],
    });
    expect(validateMovement(bad)).toEqual([
      { path: 'lines.0.qty', message: 'stock.qty.zero' },
      { path: 'lines.1.qty', message: 'stock.qty.notInteger' },
      { path: 'lines.2.qty', message: 'stock.error.wrongSign' },
      { path: 'lines.3.productId', message: 'stock.error.duplicateLine' },
    ]);
  });

  it('refuses a movement without document number, day, handler or lines', () => {
    const messages = validateMovement(movement({ docNo: 'x', day: '2026-13-01', handlerId: 0, lines: [] })).map((i) => i.message);
    expect(messages).toEqual(['stock.error.badDocNo', 'stock.error.badDay', 'stock.error.handlerRequired', 'stock.error.noLines']);
  });

  it('refuses faulty goods where they may not go: sold, counted, received, or a scrap from the shelf', () => {
    expect(validateMovement(movement({ kind: 'issue', docNo: 'CK20261127-001', lines: [{ productId: 1, qty: -1, location: 'faulty' }] }))).toEqual([
      { path: 'lines.0.location', message: 'stock.error.wrongLocation' },
    ]);
    expect(validateMovement(movement({ kind: 'scrap', docNo: 'CK20261127-001', lines: [{ productId: 1, qty: -1 }] }))).toEqual([
      { path: 'lines.0.location', message: 'stock.error.wrongLocation' },
    ]);
    // The same product twice is fine when one line is faulty and one sellable.
    expect(validateMovement(movement({ kind: 'return', lines: [{ productId: 1, qty: 1 }, { productId: 1, qty: 1, location: 'faulty' }] }))).toEqual([]);
  });

  it('lets an adjustment go either way', () => {
    expect(validateMovement(movement({ kind: 'adjust', docNo: 'PD20261127-001', lines: [{ productId: 1, qty: -2 }, { productId: 2, qty: 3 }] }))).toEqual([]);
  });
});

describe('movementStamp', () => {
  it('stamps the handler and the local day of the time', () => {
    const at = new Date(2026, 10, 27, 23, 30).getTime();
    expect(movementStamp({ staffId: 3, name: '李库管' }, 'RK20261127-001', at)).toEqual({
      docNo: 'RK20261127-001', at, day: '2026-11-27', handlerId: 3, handlerName: '李库管',
    });
  });
});
