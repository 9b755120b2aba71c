import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from './customers-repo';
import { postExchange } from './exchanges-repo';
import { postScrap } from './faulty-stock-repo';
import { postReturn } from './returns-repo';
import { slipsByDocNo, slipsForRef } from './stock-slips-repo';
import { postOutbound } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
let customer: number;
let pp: number;
let ro: number;
beforeEach(async () => {
  w = await openStockWorld();
  customer = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
  pp = await w.product('LX-PP');
  ro = await w.product('LX-RO');
});
afterEach(async () => {
  await w.db.delete();
});

const brief = (s: { docNo: string; direction: string; category: string; lines: unknown[] }) => [s.docNo, s.direction, s.category, s.lines];

describe('inbound and outbound slips from the ledger', () => {
  it('IN-2: a receipt has its inbound slip: the delivery note, the supplier, the receiver and the keeper each in their role', async () => {
    const { receipt } = await w.receive([[pp, 8]]);
    const [slip, ...rest] = await slipsByDocNo(w.db, receipt.docNo);
    expect(rest).toEqual([]);
    expect(slip && brief(slip)).toEqual(['RK20261127-001', 'in', 'purchase', [{ productId: pp, qty: 8, location: 'sellable' }]]);
    expect(slip?.source).toEqual({ sourceNo: 'SN-1', signers: [{ role: 'receiver', name: '赵敏' }, { role: 'keeper', name: '李强' }] });
    expect(await slipsForRef(w.db, { type: 'receipt', id: receipt.id })).toEqual([slip]);
  });

  it('IN-4: a customer return has its inbound slip for the returned quantity, with the customer', async () => {
    const { ret } = await postReturn(w.db, w.keeper, { customerId: customer, lines: [{ productId: pp, qty: 1, location: 'faulty' }], reason: '滤芯破损' }, w.t0);
    const [slip] = await slipsForRef(w.db, { type: 'return', id: ret.id });
    expect(slip && brief(slip)).toEqual([ret.docNo, 'in', 'customerReturn', [{ productId: pp, qty: 1, location: 'faulty' }]]);
    expect(slip?.source).toMatchObject({ counterparty: '张伟', note: '滤芯破损' });
  });

  it('EXC-2: an exchange has an inbound slip and an outbound slip, each naming the other; a release and a scrap their outbound slips', async () => {
    await w.receive([[ro, 3]]);
    const { exchange } = await postExchange(w.db, w.keeper, {
      kind: 'different', customerId: customer, returned: { productId: pp, qty: 1 }, replacement: { productId: ro, qty: 1 }, inspection: { result: 'defective', note: '滤芯破损' },
    }, w.t0);
    const slips = await slipsForRef(w.db, { type: 'exchange', id: exchange.id });
    expect(slips.map(brief)).toEqual([
      [exchange.inDocNo, 'in', 'exchangeIn', [{ productId: pp, qty: 1, location: 'faulty' }]],
      [exchange.outDocNo, 'out', 'exchangeOut', [{ productId: ro, qty: 1, location: 'sellable' }]],
    ]);
    expect(slips.map((s) => s.source.sourceNo)).toEqual([exchange.outDocNo, exchange.inDocNo]);

    const release = await postOutbound(w.db, w.keeper, { lines: [{ productId: ro, qty: 1 }], orderType: 'normal', delivery: 'pickup', ref: { type: 'slip', id: 99 } }, w.t0);
    expect((await slipsByDocNo(w.db, release.docNo)).map(brief)).toEqual([[release.docNo, 'out', 'sale', [{ productId: ro, qty: 1, location: 'sellable' }]]]);

    const { scrap } = await postScrap(w.db, w.keeper, { lines: [{ productId: pp, qty: 1 }], reason: '无法修复' }, w.approval(), w.t0);
    const [scrapSlip] = await slipsByDocNo(w.db, scrap.docNo);
    expect(scrapSlip && brief(scrapSlip)).toEqual([scrap.docNo, 'out', 'scrap', [{ productId: pp, qty: 1, location: 'faulty' }]]);
    expect(scrapSlip?.source.signers).toEqual([{ role: 'keeper', name: '李强' }, { role: 'approver', name: '张主管' }]);
  });

  it('EXC-1: a same-product exchange has two slips under its one HH number', async () => {
    await w.receive([[pp, 2]]);
    const { exchange } = await postExchange(w.db, w.keeper, { kind: 'same', returned: { productId: pp, qty: 1 }, replacement: { productId: pp, qty: 1 }, inspection: { result: 'ok', note: '' } }, w.t0);
    expect((await slipsByDocNo(w.db, exchange.inDocNo)).map((s) => [s.docNo, s.direction])).toEqual([['HH20261127-001', 'in'], ['HH20261127-001', 'out']]);
  });
});
