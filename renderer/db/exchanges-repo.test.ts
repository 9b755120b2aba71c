import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import { createCustomer } from './customers-repo';
import { listExchanges, postExchange, type ExchangeInput } from './exchanges-repo';
import { faultyOnHand, movementsForRef, stockOnHand } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
let customer: number;
let jsq: number;
let ro: number;
let chamber: number;
beforeEach(async () => {
  w = await openStockWorld();
  customer = await createCustomer(w.db, w.clerk, { name: '李娜', phones: ['13912345678'] });
  jsq = await w.product('JSQ');
  ro = await w.product('RO');
  chamber = await w.product('SYX', { isTestChamber: true });
  await w.receive([[jsq, 5], [ro, 5], [chamber, 2]]);
});
afterEach(async () => {
  await w.db.delete();
});

const same = (productId: number, result: 'ok' | 'defective' = 'defective'): ExchangeInput => ({
  kind: 'same', returned: { productId, qty: 1 }, replacement: { productId, qty: 1 }, inspection: { result, note: result === 'defective' ? '漏水' : '' },
});

describe('exchanges', () => {
  it('EXC-1: same product — inspected, restocked directly; one HH number for both movements, stock unchanged', async () => {
    const r = await postExchange(w.db, w.keeper, { ...same(jsq, 'ok'), customerId: customer }, w.t0);
    expect(r.exchange).toMatchObject({ kind: 'same', inDocNo: 'HH20261127-001', outDocNo: 'HH20261127-001', inspection: { result: 'ok' }, delivery: 'pickup' });
    expect([r.inbound.kind, r.outbound?.kind]).toEqual(['exchangeIn', 'exchangeOut']);
    expect(await stockOnHand(w.db, jsq)).toBe(5);
    expect((await movementsForRef(w.db, { type: 'exchange', id: r.exchange.id })).map((m) => m.docNo)).toEqual(['HH20261127-001', 'HH20261127-001']);
    expect((await listExchanges(w.db, { customerId: customer })).map((e) => e.id)).toEqual([r.exchange.id]);
  });

  it('EXC-2: a returned item with a quality problem (滤芯破损) goes to faulty stock; sellable stock does not rise', async () => {
    const r = await postExchange(w.db, w.keeper, {
      kind: 'different', customerId: customer, returned: { productId: jsq, qty: 1 }, replacement: { productId: ro, qty: 1 }, inspection: { result: 'defective', note: '滤芯破损' },
    }, w.t0);
    expect(r.inbound.lines).toEqual([{ productId: jsq, qty: 1, location: 'faulty' }]);
    expect(await stockOnHand(w.db, jsq)).toBe(5);
    expect(await faultyOnHand(w.db, jsq)).toBe(1);
    expect(await stockOnHand(w.db, ro)).toBe(4);
  });

  it('EXC-1: with a quality problem the returned unit goes to faulty stock and cannot cover its own replacement', async () => {
    const r = await postExchange(w.db, w.keeper, same(jsq, 'defective'), w.t0);
    expect(r.inbound.lines).toEqual([{ productId: jsq, qty: 1, location: 'faulty' }]);
    expect(await stockOnHand(w.db, jsq)).toBe(4);
    expect(await faultyOnHand(w.db, jsq)).toBe(1);
    // The last five on the shelf: a sixth replacement has nothing to leave from, the faulty ones do not count.
    for (let i = 0; i < 4; i++) await postExchange(w.db, w.keeper, same(jsq, 'defective'), w.t0);
    await expect(postExchange(w.db, w.keeper, same(jsq, 'defective'), w.t0)).rejects.toMatchObject({ issues: [{ path: 'replacement.qty', message: 'stock.out.insufficient' }] });
    expect(await faultyOnHand(w.db, jsq)).toBe(5);
  });

  it('EXC-1: the inspection result is required', async () => {
    const input = { ...same(jsq), inspection: { result: 'defective' as const, note: '' } };
    await expect(postExchange(w.db, w.keeper, input, w.t0)).rejects.toMatchObject({ issues: [{ path: 'inspection.note', message: 'stock.exchange.inspectionNoteRequired' }] });
    expect(await w.db.exchanges.count()).toBe(0);
  });

  it('EXC-2: different product — a linked inbound slip (RK) and outbound slip (CK)', async () => {
    const r = await postExchange(w.db, w.keeper, {
      kind: 'different', customerId: customer, returned: { productId: jsq, qty: 1 }, replacement: { productId: ro, qty: 2 }, inspection: { result: 'ok', note: '' },
    }, w.t0);
    expect([r.exchange.inDocNo, r.exchange.outDocNo]).toEqual(['RK20261127-002', 'CK20261127-001']);
    expect([r.inbound.docNo, r.outbound?.docNo]).toEqual(['RK20261127-002', 'CK20261127-001']);
    expect(await stockOnHand(w.db, jsq)).toBe(6);
    expect(await stockOnHand(w.db, ro)).toBe(3);
  });

  it('EXC-2: the replacement must be in stock (no negative stock without an override)', async () => {
    const input: ExchangeInput = { kind: 'different', returned: { productId: jsq, qty: 1 }, replacement: { productId: ro, qty: 9 }, inspection: { result: 'ok', note: '' } };
    await expect(postExchange(w.db, w.keeper, input, w.t0)).rejects.toMatchObject({ issues: [{ path: 'replacement.qty', message: 'stock.out.insufficient' }] });
    expect(await stockOnHand(w.db, jsq)).toBe(5);
    const r = await postExchange(w.db, w.keeper, { ...input, allowNegativeWith: w.approval() }, w.t0);
    expect(r.outbound?.lines).toEqual([{ productId: ro, qty: -9 }]);
    expect(await stockOnHand(w.db, ro)).toBe(-4);
  });

  it('OUT-6: a test chamber that left without a quality problem is not exchanged; with one it is', async () => {
    await expect(postExchange(w.db, w.keeper, same(chamber, 'ok'), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'returned.productId', message: 'stock.exchange.testChamberNoQualityProblem' }],
    });
    expect(await w.db.exchanges.count()).toBe(0);
    expect(await w.db.docCounters.get('HH2026-11-27')).toBeUndefined();
    const r = await postExchange(w.db, w.keeper, same(chamber, 'defective'), w.t0);
    expect(r.exchange.id).toBeGreaterThan(0);
  });

  it('refuses an unknown customer', async () => {
    await expect(postExchange(w.db, w.keeper, { ...same(jsq), customerId: 404 }, w.t0)).rejects.toBeInstanceOf(ValidationError);
  });
});
