import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { recordHistory } from './audit-repo';
import { createCustomer } from './customers-repo';
import { listReturns, postReturn } from './returns-repo';
import { faultyOnHand, listStockLevels, stockOnHand } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
let customer: number;
let pp: number;
beforeEach(async () => {
  w = await openStockWorld();
  customer = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
  pp = await w.product('LX-PP');
});
afterEach(async () => {
  await w.db.delete();
});

describe('customer returns', () => {
  it('IN-4: a return is received with an inbound slip for the returned quantity, linked to the customer', async () => {
    const { ret, movement } = await postReturn(w.db, w.keeper, { customerId: customer, slipId: 42, lines: [{ productId: pp, qty: 2 }], reason: ' 包装破损 ' }, w.t0);
    expect(ret).toMatchObject({ docNo: 'RK20261127-001', customerId: customer, slipId: 42, reason: '包装破损', handlerName: '李强' });
    expect(movement).toMatchObject({ kind: 'return', customerId: customer, lines: [{ productId: pp, qty: 2 }], ref: { type: 'return', id: ret.id } });
    expect(await stockOnHand(w.db, pp)).toBe(2);
    expect((await listReturns(w.db, { customerId: customer })).map((r) => r.id)).toEqual([ret.id]);
    expect((await recordHistory(w.db, 'returns', ret.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('IN-4: refuses an unknown customer, a missing reason, a zero quantity or a clerk, and writes nothing', async () => {
    await expect(postReturn(w.db, w.keeper, { customerId: 999, lines: [{ productId: pp, qty: 1 }], reason: '质量' }, w.t0)).rejects.toMatchObject({
      issues: [{ path: 'customerId', message: 'customer.error.notFound' }],
    });
    await expect(postReturn(w.db, w.keeper, { customerId: customer, lines: [{ productId: pp, qty: 1 }], reason: '' }, w.t0)).rejects.toMatchObject({
      issues: [{ path: 'reason', message: 'stock.return.reasonRequired' }],
    });
    await expect(postReturn(w.db, w.keeper, { customerId: customer, lines: [{ productId: pp, qty: 0 }], reason: '质量' }, w.t0)).rejects.toMatchObject({
      issues: [{ path: 'lines.0.qty', message: 'stock.qty.zero' }],
    });
    await expect(postReturn(w.db, w.clerk, { customerId: customer, lines: [{ productId: pp, qty: 1 }], reason: '质量' }, w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await w.db.returns.count()).toBe(0);
    expect(await w.db.movements.count()).toBe(0);
    expect(await w.db.docCounters.count()).toBe(0);
  });

  it('IN-4: a customer return with a quality problem goes to faulty stock (不良品), not back on the shelf', async () => {
    await w.receive([[pp, 3]]);
    const { movement } = await postReturn(w.db, w.keeper, { customerId: customer, lines: [{ productId: pp, qty: 1, location: 'faulty' }], reason: '滤芯破损' }, w.t0);
    expect(movement.lines).toEqual([{ productId: pp, qty: 1, location: 'faulty' }]);
    expect(await stockOnHand(w.db, pp)).toBe(3);
    expect(await faultyOnHand(w.db, pp)).toBe(1);
    expect((await listStockLevels(w.db)).map((l) => [l.product.code, l.onHand, l.faulty])).toEqual([['LX-PP', 3, 1]]);
  });
});
