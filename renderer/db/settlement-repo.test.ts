import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { recordHistory } from './audit-repo';
import { createCustomer } from './customers-repo';
import { postExchange } from './exchanges-repo';
import { postScrap } from './faulty-stock-repo';
import { postReturn } from './returns-repo';
import { postReceipt } from './receiving-repo';
import { setSetting } from './settings-repo';
import { daySummary, getSettlement, isDaySettled, overdueDays, reopenDay, settledDays, settleDay, settlementTimeKey } from './settlement-repo';
import { postOutbound, stockOnHand } from './stock-repo';
import { postMovement } from './stock-ledger';
import { productMap } from './products-repo';
import { exchangeMovements } from '@shared/stock/exchange';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
let a: number;
let b: number;
/** 2026-11-27 18:30: the settlement is open. */
let evening: number;
beforeEach(async () => {
  w = await openStockWorld();
  evening = w.t0 + 8.5 * 3_600_000;
  a = await w.product('A');
  b = await w.product('B');
  await w.receive([[a, 10], [b, 4]]);
});
afterEach(async () => {
  await w.db.delete();
});

const sale = { orderType: 'normal', delivery: 'pickup' } as const;

describe('daily settlement', () => {
  it('WH-1: per product, the day\'s inbound and outbound; receipts match their movements', async () => {
    await w.receive([[a, 2]], w.t0 + 60_000);
    const s = await daySummary(w.db, w.day);
    expect(s.totals).toEqual([
      { productId: a, inbound: 12, outbound: 0, net: 12 },
      { productId: b, inbound: 4, outbound: 0, net: 4 },
    ]);
    expect(s).toMatchObject({ movementCount: 2, documentCount: 2, differences: [], balanced: true, checked: [{ paper: 'receipt', count: 2 }] });
  });

  it('WH-1: a courier exchange whose goods left with no shipping list is not 账单相符: 换货快递发出但没有发货明细表', async () => {
    const customer = await createCustomer(w.db, w.clerk, { name: '李娜', phones: ['13912345678'] });
    const { exchange } = await postExchange(w.db, w.keeper, {
      kind: 'different', customerId: customer, returned: { productId: a, qty: 1 }, replacement: { productId: b, qty: 1 },
      inspection: { result: 'defective', note: '滤芯破损' }, delivery: 'ship',
    }, w.t0 + 1000);
    // As a courier exchange was stored before it shipped through the shipping steps (EXC-2): no
    // shipping state, its outbound posted with the exchange, no shipping list.
    const { shipping: _s, ...legacy } = exchange;
    await w.db.exchanges.put(legacy);
    const products = await productMap(w.db);
    await w.db.transaction('rw', w.db.tables, () => postMovement(w.db, w.keeper, exchangeMovements(legacy, products).outbound, { allowNegative: false }));
    const s = await daySummary(w.db, w.day);
    expect(s.balanced).toBe(false);
    expect(s.differences).toEqual([
      { key: `missing:${exchange.outDocNo}:shippingList`, kind: 'missingPaper', docNo: exchange.outDocNo, ref: { type: 'exchange', id: exchange.id }, paper: 'shippingList', message: 'stock.reconcile.missing.exchangeShippingList' },
    ]);
    expect(s.checked).toEqual([{ paper: 'receipt', count: 1 }, { paper: 'inboundSlip', count: 1 }, { paper: 'outboundSlip', count: 1 }]);
    expect(s.matches?.map((m) => [m.docNo, m.ok])).toEqual([['RK20261127-001', true], [exchange.inDocNo, true], [exchange.outDocNo, false]]);
    await expect(settleDay(w.db, w.keeper, w.day, {}, evening)).rejects.toMatchObject({ issues: [{ message: 'stock.settlement.explanationRequired' }] });
    // Collected at the warehouse, the same kind of exchange needs no shipping list.
    await postExchange(w.db, w.keeper, { kind: 'same', returned: { productId: a, qty: 1 }, replacement: { productId: a, qty: 1 }, inspection: { result: 'ok', note: '' } }, w.t0 + 2000);
    expect((await daySummary(w.db, w.day)).differences).toHaveLength(1);
  });

  it('WH-1: returns and scraps are matched to their own papers (退货入库单, 报废单)', async () => {
    const customer = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
    await postReturn(w.db, w.keeper, { customerId: customer, lines: [{ productId: a, qty: 2, location: 'faulty' }], reason: '破损' }, w.t0 + 1000);
    await postScrap(w.db, w.keeper, { lines: [{ productId: a, qty: 1 }], reason: '无法修复' }, w.approval(w.t0 + 2000), w.t0 + 2000);
    const s = await daySummary(w.db, w.day);
    expect(s).toMatchObject({ balanced: true, checked: [{ paper: 'receipt', count: 1 }, { paper: 'customerReturn', count: 1 }, { paper: 'scrap', count: 1 }] });
  });

  it('WH-1: a movement whose purchase slip is not on file must be explained before the day is settled', async () => {
    await postOutbound(w.db, w.keeper, { ...sale, lines: [{ productId: a, qty: 3 }], ref: { type: 'slip', id: 9 } }, w.t0 + 1000);
    const s = await daySummary(w.db, w.day);
    expect(s.differences).toEqual([expect.objectContaining({ kind: 'missingPaper', docNo: 'CK20261127-001', paper: 'purchaseSlip', message: 'stock.reconcile.missing.purchaseSlip' })]);
    const key = s.differences[0]?.key ?? '';
    await expect(settleDay(w.db, w.keeper, w.day, {}, evening)).rejects.toMatchObject({ issues: [{ message: 'stock.settlement.explanationRequired' }] });
    const settled = await settleDay(w.db, w.keeper, w.day, { [key]: ' 购销单 GX-9 纸质单已核对 ' }, evening);
    expect(settled.explanations).toEqual({ [key]: '购销单 GX-9 纸质单已核对' });
    expect(settled.totals.find((t) => t.productId === a)).toEqual({ productId: a, inbound: 10, outbound: 3, net: 7 });
  });

  it('WH-1: today can be settled only from the settlement time (a setting), a past day at any time', async () => {
    await expect(settleDay(w.db, w.keeper, w.day, {}, w.t0)).rejects.toMatchObject({ issues: [{ message: 'stock.settlement.notOpenYet' }] });
    await setSetting(w.db, settlementTimeKey, '09:30');
    const s = await settleDay(w.db, w.keeper, w.day, {}, w.t0);
    expect(s).toMatchObject({ day: w.day, settledByName: '李强', balanced: true });
    expect(await isDaySettled(w.db, w.day)).toBe(true);
  });

  it('WH-1: a settled day takes no movement until the supervisor reopens it (approval, audited); settled again it locks again', async () => {
    const first = await settleDay(w.db, w.keeper, w.day, {}, evening);
    await expect(w.receive([[a, 1]], evening + 1000)).rejects.toMatchObject({ issues: [{ path: 'day', message: 'stock.settlement.dayLocked' }] });
    await expect(postOutbound(w.db, w.keeper, { ...sale, lines: [{ productId: a, qty: 1 }], ref: { type: 'slip', id: 1 }, day: w.day }, evening + 86_400_000)).rejects.toMatchObject({
      issues: [{ path: 'day', message: 'stock.settlement.dayLocked' }],
    });
    expect(await stockOnHand(w.db, a)).toBe(10);
    // Even a delivery counted 0 (a document without a movement) is refused.
    const nothing = { deliveryNoteNo: 'SN-0', lines: [{ productId: b, noteQty: 3, countedQty: 0 }] };
    await expect(postReceipt(w.db, w.keeper, nothing, w.confirm(w.receiver, evening), w.confirm(w.keeper, evening), evening)).rejects.toMatchObject({
      issues: [{ path: 'day', message: 'stock.settlement.dayLocked' }],
    });
    await expect(settleDay(w.db, w.keeper, w.day, {}, evening)).rejects.toMatchObject({ issues: [{ message: 'stockRecord.settlement.alreadySettled' }] });
    await expect(reopenDay(w.db, w.keeper, w.day, '补录漏记入库', { ...w.approval(), supervisorId: w.keeper.staffId, supervisorName: '李强' }, evening)).rejects.toMatchObject({
      issues: [{ path: 'approval', message: 'approval.error.notSupervisor' }],
    });
    await expect(reopenDay(w.db, w.keeper, w.day, ' ', w.approval(evening), evening)).rejects.toMatchObject({ issues: [{ path: 'reason' }] });
    await reopenDay(w.db, w.keeper, w.day, '补录漏记入库', w.approval(evening), evening);
    expect(await isDaySettled(w.db, w.day)).toBe(false);
    await w.receive([[a, 1]], evening + 2000);
    expect(await stockOnHand(w.db, a)).toBe(11);
    const second = await settleDay(w.db, w.keeper, w.day, {}, evening + 3000);
    expect(second.id).not.toBe(first.id);
    expect((await getSettlement(w.db, w.day))?.id).toBe(second.id);
    expect(await settledDays(w.db)).toEqual([expect.objectContaining({ day: w.day, status: 'settled', settlementId: second.id })]);
    expect((await recordHistory(w.db, 'stockDays', w.day))[0]).toMatchObject({ action: 'update', note: '补录漏记入库', after: { status: 'reopened' } });
  });

  it('WH-1: reopening a day that is not settled is refused; settling needs the settlement permission', async () => {
    await expect(reopenDay(w.db, w.keeper, w.day, '更正', w.approval(), w.t0)).rejects.toMatchObject({ issues: [{ path: 'day', message: 'stock.settlement.notSettled' }] });
    await expect(settleDay(w.db, w.clerk, w.day, {}, evening)).rejects.toBeInstanceOf(PermissionError);
  });

  it('WH-1: a day with movements still unsettled at 08:00 the next morning is overdue', async () => {
    const nextMorning = new Date(2026, 10, 28, 7, 59).getTime();
    expect(await overdueDays(w.db, nextMorning)).toEqual([]);
    expect(await overdueDays(w.db, nextMorning + 60_000)).toEqual([w.day]);
    await settleDay(w.db, w.keeper, w.day, {}, nextMorning + 60_000);
    expect(await overdueDays(w.db, nextMorning + 120_000)).toEqual([]);
  });
});
