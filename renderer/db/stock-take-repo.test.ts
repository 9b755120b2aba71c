import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { recordHistory } from './audit-repo';
import { daySummary } from './settlement-repo';
import { applyVariances, countSheet, createStockTake, enterCounts, getStockTake, listStockTakes, stockTakeReview, varianceApprovalList } from './stock-take-repo';
import { postOutbound, stockOnHand } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
let a: number;
let b: number;
let c: number;
beforeEach(async () => {
  w = await openStockWorld();
  a = await w.product('A', { location: 'A-01' });
  b = await w.product('B', { location: 'A-02' });
  c = await w.product('C', { location: 'B-01' });
  await w.receive([[a, 10], [b, 5], [c, 7]]);
});
afterEach(async () => {
  await w.db.delete();
});

/** The list as the supervisor sees it now (what the dialog shows them to sign). */
const signedList = async (id: number) => (await varianceApprovalList(w.db, id)).rows;

describe('stock take', () => {
  it('WH-2: a count for some locations, with a PD number, book quantities frozen; the blind sheet hides them', async () => {
    const id = await createStockTake(w.db, w.keeper, { scope: { kind: 'locations', locations: ['A-01', 'A-02'] }, blind: true }, w.t0);
    const take = await getStockTake(w.db, id);
    expect(take).toMatchObject({ docNo: 'PD20261127-001', status: 'counting', lines: [{ productId: a, bookQty: 10 }, { productId: b, bookQty: 5 }] });
    expect((await countSheet(w.db, id)).map((r) => [r.location, r.code, r.bookQty])).toEqual([['A-01', 'A', undefined], ['A-02', 'B', undefined]]);
    expect((await countSheet(w.db, id, false)).map((r) => r.bookQty)).toEqual([10, 5]);
    expect((await listStockTakes(w.db)).map((t) => t.id)).toEqual([id]);
  });

  it('WH-2: variances post as one adjustment movement only with a supervisor approval and every reason given', async () => {
    const id = await createStockTake(w.db, w.keeper, { scope: { kind: 'all' }, blind: false }, w.t0);
    await enterCounts(w.db, w.keeper, id, [{ productId: a, countedQty: 9 }, { productId: b, countedQty: 5 }], w.t0 + 1);
    await expect(applyVariances(w.db, w.keeper, id, w.approval(), await signedList(id), w.t0 + 2)).rejects.toMatchObject({ issues: expect.arrayContaining([{ path: 'lines.2.countedQty', message: 'stock.qty.required' }]) });
    await enterCounts(w.db, w.keeper, id, [{ productId: c, countedQty: 8 }], w.t0 + 3);
    await expect(applyVariances(w.db, w.keeper, id, w.approval(), await signedList(id), w.t0 + 4)).rejects.toMatchObject({
      issues: [{ path: 'lines.0.reason', message: 'stock.take.reasonRequired' }, { path: 'lines.2.reason', message: 'stock.take.reasonRequired' }],
    });
    await enterCounts(w.db, w.keeper, id, [{ productId: a, countedQty: 9, reason: '损耗' }, { productId: c, countedQty: 8, reason: '上次少记' }], w.t0 + 5);
    const notBoss = { ...w.approval(), supervisorId: w.keeper.staffId, supervisorName: w.keeper.name };
    await expect(applyVariances(w.db, w.keeper, id, notBoss, await signedList(id), w.t0 + 6)).rejects.toMatchObject({ issues: [{ path: 'approval' }] });
    expect((await stockTakeReview(w.db, id)).variances.map((v) => [v.productId, v.variance])).toEqual([[a, -1], [c, 1]]);
    const m = await applyVariances(w.db, w.keeper, id, w.approval(), await signedList(id), w.t0 + 7);
    expect(m).toMatchObject({ kind: 'adjust', docNo: 'PD20261127-001', lines: [{ productId: a, qty: -1 }, { productId: c, qty: 1 }], ref: { type: 'stockTake', id } });
    expect([await stockOnHand(w.db, a), await stockOnHand(w.db, b), await stockOnHand(w.db, c)]).toEqual([9, 5, 8]);
    expect(await getStockTake(w.db, id)).toMatchObject({ status: 'posted', postedAt: w.t0 + 7, approval: { supervisorName: '张主管' } });
    await expect(applyVariances(w.db, w.keeper, id, w.approval(), await signedList(id), w.t0 + 8)).rejects.toMatchObject({ issues: [{ path: 'status', message: 'stock.take.alreadyPosted' }] });
    await expect(enterCounts(w.db, w.keeper, id, [{ productId: a, countedQty: 1 }], w.t0 + 9)).rejects.toMatchObject({ issues: [{ path: 'status' }] });
    // The take is the document of its adjustment in the day's settlement.
    expect((await daySummary(w.db, w.day)).balanced).toBe(true);
    expect((await recordHistory(w.db, 'stockTakes', id)).map((e) => e.action)).toEqual(['create', 'update', 'update', 'update', 'update']);
  });

  it('WH-2: a product that moved during the count must be recounted before posting', async () => {
    const id = await createStockTake(w.db, w.keeper, { scope: { kind: 'products', productIds: [a] }, blind: false }, w.t0);
    await enterCounts(w.db, w.keeper, id, [{ productId: a, countedQty: 10 }], w.t0);
    await postOutbound(w.db, w.keeper, { orderType: 'normal', delivery: 'pickup', lines: [{ productId: a, qty: 2 }], ref: { type: 'slip', id: 1 } }, w.t0 + 1);
    expect((await stockTakeReview(w.db, id)).bookChanged).toEqual([a]);
    await expect(applyVariances(w.db, w.keeper, id, w.approval(), await signedList(id), w.t0 + 2)).rejects.toMatchObject({ issues: [{ message: 'stock.take.bookChanged' }] });
    expect(await stockOnHand(w.db, a)).toBe(8);
  });

  it('a count that matches the book posts nothing but closes the take; counts are whole non-negative numbers', async () => {
    const id = await createStockTake(w.db, w.keeper, { scope: { kind: 'products', productIds: [b] }, blind: false }, w.t0);
    await expect(enterCounts(w.db, w.keeper, id, [{ productId: b, countedQty: 1.5 }])).rejects.toMatchObject({ issues: [{ message: 'stock.qty.notInteger' }] });
    await expect(enterCounts(w.db, w.keeper, id, [{ productId: c, countedQty: 1 }])).rejects.toMatchObject({ issues: [{ message: 'stockRecord.take.unknownProduct' }] });
    await enterCounts(w.db, w.keeper, id, [{ productId: b, countedQty: 5 }], w.t0);
    expect(await applyVariances(w.db, w.keeper, id, w.approval(), await signedList(id), w.t0 + 1)).toBeUndefined();
    expect((await getStockTake(w.db, id))?.status).toBe('posted');
    await expect(createStockTake(w.db, w.clerk, { scope: { kind: 'all' }, blind: false }, w.t0)).rejects.toBeInstanceOf(PermissionError);
  });

  it('WH-2: the supervisor signs a list — product, book, counted, difference, value, reason — and the approval covers exactly it', async () => {
    await w.db.products.update(a, { price: 38 });
    await w.db.products.update(c, { price: 12.5 });
    const id = await createStockTake(w.db, w.keeper, { scope: { kind: 'all' }, blind: false }, w.t0);
    await enterCounts(w.db, w.keeper, id, [{ productId: a, countedQty: 7, reason: '损耗' }, { productId: b, countedQty: 5 }, { productId: c, countedQty: 9, reason: '上次少记' }], w.t0 + 1);
    const list = await varianceApprovalList(w.db, id);
    expect(list.rows.map((r) => [r.code, r.bookQty, r.countedQty, r.variance, r.value, r.reason])).toEqual([['A', 10, 7, -3, -114, '损耗'], ['C', 7, 9, 2, 25, '上次少记']]);
    expect(list.totalValue).toBe(-89);
    // A count changed after the supervisor signed: the signature does not cover it.
    await enterCounts(w.db, w.keeper, id, [{ productId: a, countedQty: 1, reason: '损耗' }], w.t0 + 2);
    await expect(applyVariances(w.db, w.keeper, id, w.approval(), list.rows, w.t0 + 3)).rejects.toMatchObject({ issues: [{ path: 'approval', message: 'stock.take.listChanged' }] });
    expect(await stockOnHand(w.db, a)).toBe(10);
    expect((await getStockTake(w.db, id))?.status).toBe('counting');
    await applyVariances(w.db, w.keeper, id, w.approval(), await signedList(id), w.t0 + 4);
    expect(await stockOnHand(w.db, a)).toBe(1);
  });
});
