import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { balances } from '@shared/stock/ledger';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { postReturn } from './returns-repo';
import { createCustomer } from './customers-repo';
import {
  checkOutbound,
  listMovements,
  listStockLevels,
  lowStock,
  movementsForRef,
  openStockAlerts,
  postOutbound,
  stockAlertHistory,
  stockBalances,
  stockOnHand,
} from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
beforeEach(async () => {
  w = await openStockWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const slip = (id: number) => ({ type: 'slip' as const, id });
const sale = { orderType: 'normal', delivery: 'pickup' } as const;

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the running balance', () => {
  it('always equals the ledger sum after 1,000+ random receipts, returns and issues (including refused ones)', async () => {
    const rand = rng(20261127);
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => w.product(`P${i}`, { safetyStock: i % 3 })));
    const customer = await createCustomer(w.db, w.clerk, { name: '张伟', phones: [] });
    const model = new Map<number, number>();
    const pick = () => ids[Math.floor(rand() * ids.length)] ?? 0;
    const lines = () => [...new Set([pick(), pick()])].map((productId) => ({ productId, qty: 1 + Math.floor(rand() * 6) }));
    let refused = 0;
    for (let i = 0; i < 1050; i += 1) {
      const now = w.t0 + i * 1000;
      const r = rand();
      const ls = lines();
      if (r < 0.35) {
        await w.receive(ls.map((l) => [l.productId, l.qty]), now);
      } else if (r < 0.45) {
        await postReturn(w.db, w.keeper, { customerId: customer, lines: ls, reason: '退货' }, now);
      } else {
        const override = r > 0.95 ? { allowNegativeWith: w.approval(now) } : {};
        const short = ls.some((l) => (model.get(l.productId) ?? 0) < l.qty);
        try {
          await postOutbound(w.db, w.keeper, { ...sale, ...override, lines: ls, ref: slip(i) }, now);
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
          expect(short && !override.allowNegativeWith).toBe(true);
          refused += 1;
          continue;
        }
        for (const l of ls) model.set(l.productId, (model.get(l.productId) ?? 0) - l.qty);
        continue;
      }
      for (const l of ls) model.set(l.productId, (model.get(l.productId) ?? 0) + l.qty);
    }
    const movements = await w.db.movements.toArray();
    const stored = await stockBalances(w.db);
    expect(movements.length).toBeGreaterThanOrEqual(1000 - refused);
    expect(refused).toBeGreaterThan(0);
    expect(stored).toEqual(balances(movements));
    for (const id of ids) {
      expect(await stockOnHand(w.db, id)).toBe(model.get(id) ?? 0);
    }
  }, 120_000);
});

describe('outbound (出库)', () => {
  it('refuses stock below zero without a supervisor override, and writes nothing', async () => {
    const a = await w.product('A');
    await w.receive([[a, 3]]);
    const before = await w.db.movements.count();
    await expect(postOutbound(w.db, w.keeper, { ...sale, lines: [{ productId: a, qty: 4 }], ref: slip(1) }, w.t0)).rejects.toMatchObject({
      issues: [{ path: 'lines.0.qty', message: 'stock.out.insufficient' }],
    });
    expect(await w.db.movements.count()).toBe(before);
    expect(await stockOnHand(w.db, a)).toBe(3);
  });

  it('lets stock go negative only with an active supervisor\'s fresh approval', async () => {
    const a = await w.product('A');
    const fake = { ...w.approval(), supervisorId: w.keeper.staffId, supervisorName: w.keeper.name };
    await expect(postOutbound(w.db, w.keeper, { ...sale, allowNegativeWith: fake, lines: [{ productId: a, qty: 2 }], ref: slip(1) }, w.t0)).rejects.toMatchObject({
      issues: [{ path: 'approval', message: 'approval.error.notSupervisor' }],
    });
    const stale = w.approval(w.t0 - 3_600_000);
    await expect(postOutbound(w.db, w.keeper, { ...sale, allowNegativeWith: stale, lines: [{ productId: a, qty: 2 }], ref: slip(1) }, w.t0)).rejects.toBeInstanceOf(ValidationError);
    const m = await postOutbound(w.db, w.keeper, { ...sale, allowNegativeWith: w.approval(), lines: [{ productId: a, qty: 2 }], ref: slip(1) }, w.t0);
    expect(m).toMatchObject({ kind: 'issue', docNo: 'CK20261127-001', lines: [{ productId: a, qty: -2 }], handlerName: '李强' });
    expect(await stockOnHand(w.db, a)).toBe(-2);
  });

  it('OUT-7: a special product leaves only with the leader\'s sign-off; OUT-5: a test chamber is never shipped', async () => {
    const special = await w.product('SP', { needsLeaderSignOff: true });
    const chamber = await w.product('SYX', { isTestChamber: true });
    await w.receive([[special, 5], [chamber, 5]]);
    expect(await checkOutbound(w.db, { ...sale, lines: [{ productId: special, qty: 1 }] })).toEqual([{ path: 'lines.0.productId', message: 'stock.out.needsSignOff' }]);
    await expect(postOutbound(w.db, w.keeper, { ...sale, lines: [{ productId: special, qty: 1 }], ref: slip(1) }, w.t0)).rejects.toBeInstanceOf(ValidationError);
    await postOutbound(w.db, w.keeper, { ...sale, approval: w.approval(), lines: [{ productId: special, qty: 1 }], ref: slip(1) }, w.t0);
    expect(await stockOnHand(w.db, special)).toBe(4);
    const shipped = { orderType: 'normal', delivery: 'ship' } as const;
    await expect(postOutbound(w.db, w.keeper, { ...shipped, lines: [{ productId: chamber, qty: 1 }], ref: slip(2) }, w.t0)).rejects.toMatchObject({
      issues: [{ path: 'lines.0.productId', message: 'stock.out.testChamberPickupOnly' }],
    });
  });

  it('OUT-3: a member takes a whole set, not a loose component', async () => {
    const pp = await w.product('PP');
    const set = await w.product('TZ', { isSet: true, components: [{ productId: pp, qty: 2 }] });
    await w.receive([[pp, 10], [set, 2]]);
    const member = { orderType: 'member', delivery: 'pickup' } as const;
    expect(await checkOutbound(w.db, { ...member, lines: [{ productId: pp, qty: 2 }] })).toEqual([{ path: 'lines.0.productId', message: 'stock.out.memberLooseComponent' }]);
    await postOutbound(w.db, w.keeper, { ...member, lines: [{ productId: set, qty: 1 }], ref: slip(1), customerId: undefined }, w.t0);
    expect(await stockOnHand(w.db, set)).toBe(1);
  });

  it('needs the outbound permission; each movement is audited and found by its record', async () => {
    const a = await w.product('A');
    await w.receive([[a, 5]]);
    await expect(postOutbound(w.db, w.clerk, { ...sale, lines: [{ productId: a, qty: 1 }], ref: slip(7) }, w.t0)).rejects.toBeInstanceOf(PermissionError);
    const m = await postOutbound(w.db, w.keeper, { ...sale, lines: [{ productId: a, qty: 1 }], ref: slip(7) }, w.t0);
    expect((await movementsForRef(w.db, slip(7))).map((x) => x.id)).toEqual([m.id]);
    expect((await recordHistory(w.db, 'movements', m.id))[0]).toMatchObject({ action: 'create', after: { docNo: m.docNo, kind: 'issue' } });
    expect((await listMovements(w.db, { productId: a })).map((x) => x.kind)).toEqual(['issue', 'receive']);
    expect((await listStockLevels(w.db)).map((l) => [l.product.code, l.onHand])).toEqual([['A', 4]]);
  });
});

describe('IN-1 safety stock alerts', () => {
  it('IN-1: raised at once when a movement reaches the level, cleared when stock recovers, kept as history', async () => {
    const ro = await w.product('RO', { safetyStock: 3 });
    await w.receive([[ro, 10]], w.t0);
    expect(await openStockAlerts(w.db)).toEqual([]);
    await postOutbound(w.db, w.keeper, { ...sale, lines: [{ productId: ro, qty: 7 }], ref: slip(1) }, w.t0 + 1000);
    const [alert] = await openStockAlerts(w.db);
    expect(alert).toMatchObject({ productId: ro, raisedAt: w.t0 + 1000, onHandAtRaise: 3, safetyStock: 3, docNo: 'CK20261127-001' });
    expect((await lowStock(w.db)).map((r) => [r.code, r.onHand, r.suggestedQty])).toEqual([['RO', 3, 1]]);
    await postOutbound(w.db, w.keeper, { ...sale, lines: [{ productId: ro, qty: 1 }], ref: slip(2) }, w.t0 + 2000);
    expect(await openStockAlerts(w.db)).toHaveLength(1);
    await w.receive([[ro, 5]], w.t0 + 3000);
    expect(await openStockAlerts(w.db)).toEqual([]);
    expect(await lowStock(w.db)).toEqual([]);
    // The first alert is the new product's (nothing on hand yet), cleared by the first delivery.
    const history = await stockAlertHistory(w.db, w.t0, w.t0 + 86_400_000);
    expect(history.map((a) => [a.raisedAt - w.t0, (a.clearedAt ?? 0) - w.t0])).toEqual([[0, 0], [1000, 3000]]);
  });
});
