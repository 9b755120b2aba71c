import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { recordHistory } from './audit-repo';
import { createCustomer } from './customers-repo';
import { listFaultyStock, listScraps, postScrap } from './faulty-stock-repo';
import { postReturn } from './returns-repo';
import { checkOutbound, faultyOnHand, lowStock, openStockAlerts, stockOnHand } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
let pp: number;
beforeEach(async () => {
  w = await openStockWorld();
  const customer = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
  pp = await w.product('LX-PP', { safetyStock: 3 });
  await w.receive([[pp, 3]]);
  await postReturn(w.db, w.keeper, { customerId: customer, lines: [{ productId: pp, qty: 2, location: 'faulty' }], reason: '滤芯破损' }, w.t0);
});
afterEach(async () => {
  await w.db.delete();
});

describe('faulty stock (不良品)', () => {
  it('EXC-2: faulty goods are not sellable: an order for more than the shelf holds is refused though faulty stock would cover it', async () => {
    const issues = await checkOutbound(w.db, { lines: [{ productId: pp, qty: 4 }], orderType: 'normal', delivery: 'pickup' });
    expect(issues).toEqual([{ path: 'lines.0.qty', message: 'stock.out.insufficient' }]);
    expect(await checkOutbound(w.db, { lines: [{ productId: pp, qty: 3 }], orderType: 'normal', delivery: 'pickup' })).toEqual([]);
  });

  it('IN-1: safety-stock alerts count sellable stock only', async () => {
    // 3 sellable + 2 faulty against a level of 3: low, because the faulty two are not stock to sell.
    expect((await lowStock(w.db)).map((r) => [r.code, r.onHand])).toEqual([['LX-PP', 3]]);
    expect((await openStockAlerts(w.db)).map((a) => a.productId)).toEqual([pp]);
    // Scrapping them changes nothing for the alert either.
    await postScrap(w.db, w.keeper, { lines: [{ productId: pp, qty: 2 }], reason: '无法修复' }, w.approval(), w.t0);
    expect((await openStockAlerts(w.db)).map((a) => a.productId)).toEqual([pp]);
  });

  it('scraps faulty goods with a reason and the supervisor\'s approval, on an outbound slip; sellable stock untouched', async () => {
    const { scrap, movement } = await postScrap(w.db, w.keeper, { lines: [{ productId: pp, qty: 1 }], reason: ' 滤芯破损无法修复 ' }, w.approval(), w.t0);
    expect(scrap).toMatchObject({ docNo: 'CK20261127-001', reason: '滤芯破损无法修复', approval: { supervisorName: '张主管' } });
    expect(movement).toMatchObject({ kind: 'scrap', lines: [{ productId: pp, qty: -1, location: 'faulty' }], ref: { type: 'scrap', id: scrap.id } });
    expect(await faultyOnHand(w.db, pp)).toBe(1);
    expect(await stockOnHand(w.db, pp)).toBe(3);
    expect((await listFaultyStock(w.db)).map((l) => [l.product.code, l.faulty])).toEqual([['LX-PP', 1]]);
    expect((await listScraps(w.db)).map((s) => s.id)).toEqual([scrap.id]);
    expect((await recordHistory(w.db, 'scraps', scrap.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('refuses a scrap without a reason, without a valid approval, beyond faulty stock or by a clerk, and writes nothing', async () => {
    const lines = [{ productId: pp, qty: 1 }];
    await expect(postScrap(w.db, w.keeper, { lines, reason: ' ' }, w.approval(), w.t0)).rejects.toMatchObject({ issues: [{ path: 'reason', message: 'stock.scrap.reasonRequired' }] });
    await expect(postScrap(w.db, w.keeper, { lines, reason: '坏' }, w.approval(w.t0 - 3_600_000), w.t0)).rejects.toMatchObject({ issues: [{ path: 'approval', message: 'approval.error.stale' }] });
    const fake = { supervisorId: w.keeper.staffId, supervisorName: w.keeper.name, at: w.t0, note: '' };
    await expect(postScrap(w.db, w.keeper, { lines, reason: '坏' }, fake, w.t0)).rejects.toMatchObject({ issues: [{ path: 'approval', message: 'approval.error.notSupervisor' }] });
    // Three on the shelf, two faulty: the shelf's goods are never scrapped through faulty stock.
    await expect(postScrap(w.db, w.keeper, { lines: [{ productId: pp, qty: 3 }], reason: '坏' }, w.approval(), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'lines.0.qty', message: 'stock.faulty.insufficient' }],
    });
    await expect(postScrap(w.db, w.clerk, { lines, reason: '坏' }, w.approval(), w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await w.db.scraps.count()).toBe(0);
    expect(await faultyOnHand(w.db, pp)).toBe(2);
    expect(await w.db.docCounters.get('CK2026-11-27')).toBeUndefined();
  });
});
