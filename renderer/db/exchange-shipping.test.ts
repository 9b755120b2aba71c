import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { courierOutboundMovement } from '@shared/stock/exchange';
import { openSlipWorld, type SlipWorld } from './slip-test-world';
import { postExchange } from './exchanges-repo';
import {
  confirmExchangeByPhone,
  courierExchangesInProgress,
  exchangePickingList,
  exchangeShippingListDraft,
  getExchangeShippingList,
  handOverExchangeList,
  markExchangeWaybillPrinted,
  postExchangeShipment,
  recordExchangeCount,
  recordExchangeWaybill,
  saveExchangeShippingList,
  startExchangePicking,
} from './exchange-shipping';
import { callbackQueue, chaseQueue, recordShipmentCallback, recordShipmentChase, markShipmentSigned, shipmentForExchange, shipmentLog } from './shipments-repo';
import { daySummary } from './settlement-repo';
import { postMovement } from './stock-ledger';
import { productMap } from './products-repo';
import { exchangeMovements } from '@shared/stock/exchange';
import { movementsForRef, stockOnHand } from './stock-repo';

let w: SlipWorld;
beforeEach(async () => {
  w = await openSlipWorld();
});
afterEach(async () => {
  await w.db.delete();
});

async function refusal(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    return (e as { issues?: { message: string }[] }).issues?.map((i) => i.message) ?? [String(e)];
  }
  throw new Error('expected a refusal');
}

const day = 86_400_000;
const courierExchange = (at = w.t0) =>
  postExchange(w.db, w.keeper, {
    kind: 'different', customerId: w.customerId, returned: { productId: w.ids.plain, qty: 1 }, replacement: { productId: w.ids.partA, qty: 2 },
    inspection: { result: 'defective', note: '漏水' }, delivery: 'ship',
  }, at);

/** The exchange through list, SHP-1 call, hand-over, picking, both counts and the waybill. */
async function toWaybill(id: number, at = w.t0) {
  await saveExchangeShippingList(w.db, w.clerk, id, await exchangeShippingListDraft(w.db, id), at);
  await confirmExchangeByPhone(w.db, w.clerk, id, w.call('确认换货收货地址'), true, at);
  await handOverExchangeList(w.db, w.clerk, id, at);
  await startExchangePicking(w.db, w.keeper, id, at);
  const lines = [{ productId: w.ids.partA, qty: 2 }];
  await recordExchangeCount(w.db, w.keeper, id, w.counter(w.keeper, at), lines, at);
  await recordExchangeCount(w.db, w.keeper, id, w.counter(w.receiver, at), lines, at);
  await markExchangeWaybillPrinted(w.db, w.clerk, id, at);
  return recordExchangeWaybill(w.db, w.clerk, id, { carrier: 'SF', trackingNo: 'SF9876543210987', thirdCopyFiled: true }, at);
}

describe('EXC-2 by courier: the replacement goes through the shipping steps', () => {
  it('EXC-2: a courier exchange restocks the returned item now, but the replacement stays on the shelf until its parcel is posted', async () => {
    const before = await stockOnHand(w.db, w.ids.partA);
    const r = await courierExchange();
    expect(r.outbound).toBeUndefined();
    expect(r.exchange).toMatchObject({ delivery: 'ship', shipping: { status: 'draft', counts: [] } });
    expect(await stockOnHand(w.db, w.ids.partA)).toBe(before);
    expect((await movementsForRef(w.db, { type: 'exchange', id: r.exchange.id })).map((m) => m.kind)).toEqual(['exchangeIn']);
    expect((await courierExchangesInProgress(w.db)).map((d) => [d.no, d.status, d.source])).toEqual([[r.exchange.outDocNo, 'draft', { type: 'exchange', id: r.exchange.id }]]);
  });

  it('EXC-2: a replacement sent by courier needs the customer (the recipient comes from the customer record)', async () => {
    const p = postExchange(w.db, w.keeper, { kind: 'different', returned: { productId: w.ids.plain, qty: 1 }, replacement: { productId: w.ids.partA, qty: 1 }, inspection: { result: 'ok', note: '' }, delivery: 'ship' }, w.t0);
    expect(await refusal(p)).toEqual(['stock.exchange.courierNeedsCustomer']);
    expect(await w.db.exchanges.count()).toBe(0);
  });

  it('OUT-2: the exchange\'s shipping list starts from the replacement and the customer, refers to the exchange, and must say what leaves', async () => {
    const { exchange } = await courierExchange();
    const draft = await exchangeShippingListDraft(w.db, exchange.id);
    expect(draft).toMatchObject({ lines: [{ category: '设备', qty: 2 }], recipient: { name: '张三', phone: '13800138000' } });
    expect(await refusal(saveExchangeShippingList(w.db, w.clerk, exchange.id, { ...draft, lines: [{ category: '设备', qty: 1 }] }, w.t0))).toEqual(['shipping.error.listDiffersFromSlip']);
    expect(await refusal(handOverExchangeList(w.db, w.clerk, exchange.id, w.t0))).toEqual(['slipRecord.error.listNotFound']);
    const list = await saveExchangeShippingList(w.db, w.clerk, exchange.id, draft, w.t0);
    expect(list).toMatchObject({ exchangeId: exchange.id });
    expect(list.slipId).toBeUndefined();
    expect((await getExchangeShippingList(w.db, exchange.id))?.id).toBe(list.id);
    // SHP-1: the customer has no purchase on record: the hand-over waits for the confirmation call.
    expect(await refusal(handOverExchangeList(w.db, w.clerk, exchange.id, w.t0))).toEqual(['shipping.doubt.newCustomer']);
    await confirmExchangeByPhone(w.db, w.clerk, exchange.id, w.call(), true, w.t0);
    expect((await handOverExchangeList(w.db, w.clerk, exchange.id, w.t0)).shipping).toMatchObject({ status: 'listed', shippingListId: list.id });
    expect(await refusal(saveExchangeShippingList(w.db, w.clerk, exchange.id, draft, w.t0))).toEqual(['slipRecord.error.listLocked']);
  });

  it('OUT-4: the picked replacement is counted by two different people, each matching the picking list', async () => {
    const { exchange } = await courierExchange();
    await saveExchangeShippingList(w.db, w.clerk, exchange.id, await exchangeShippingListDraft(w.db, exchange.id), w.t0);
    await confirmExchangeByPhone(w.db, w.clerk, exchange.id, w.call(), true, w.t0);
    await handOverExchangeList(w.db, w.clerk, exchange.id, w.t0);
    expect(await refusal(recordExchangeCount(w.db, w.keeper, exchange.id, w.counter(w.keeper), [{ productId: w.ids.partA, qty: 2 }], w.t0))).toEqual(['slip.ship.pickBeforeCount']);
    await startExchangePicking(w.db, w.keeper, exchange.id, w.t0);
    expect((await exchangePickingList(w.db, exchange.id)).map((r) => [r.productId, r.qty])).toEqual([[w.ids.partA, 2]]);
    expect(await refusal(recordExchangeCount(w.db, w.keeper, exchange.id, w.counter(w.keeper), [{ productId: w.ids.partA, qty: 1 }], w.t0))).toEqual(['slip.ship.countMismatch']);
    await recordExchangeCount(w.db, w.keeper, exchange.id, w.counter(w.keeper), [{ productId: w.ids.partA, qty: 2 }], w.t0);
    expect(await refusal(recordExchangeCount(w.db, w.keeper, exchange.id, w.counter(w.keeper), [{ productId: w.ids.partA, qty: 2 }], w.t0))).toEqual(['slip.ship.sameCounter']);
    const counted = await recordExchangeCount(w.db, w.keeper, exchange.id, w.counter(w.receiver), [{ productId: w.ids.partA, qty: 2 }], w.t0);
    expect(counted.shipping?.status).toBe('counted');
  });

  it('SHP-2/SHP-3: the waybill, then posting: the outbound movement on the day it left, the shipment with recipient and goods in the day\'s log', async () => {
    const { exchange } = await courierExchange();
    expect(await refusal(postExchangeShipment(w.db, w.keeper, exchange.id, w.t0))).toEqual(['slip.ship.waybillBeforePost']);
    const { exchange: waybilled } = await toWaybill(exchange.id);
    expect(waybilled.shipping).toMatchObject({ status: 'waybilled', waybill: { carrier: 'SF', trackingNo: 'SF9876543210987', thirdCopyFiled: true } });
    const before = await stockOnHand(w.db, w.ids.partA);
    const posted = await postExchangeShipment(w.db, w.keeper, exchange.id, w.t0 + 60_000);
    expect(posted.movement).toMatchObject({ kind: 'exchangeOut', docNo: exchange.outDocNo, ref: { type: 'exchange', id: exchange.id }, day: w.day, handlerName: w.keeper.name });
    expect(await stockOnHand(w.db, w.ids.partA)).toBe(before - 2);
    expect(posted.exchange.shipping).toMatchObject({ status: 'posted', released: { staffId: w.keeper.staffId, at: w.t0 + 60_000 } });
    expect(posted.shipment).toMatchObject({ exchangeId: exchange.id, slipNo: exchange.outDocNo, customerId: w.customerId, carrier: 'SF', status: 'shipped', goods: [{ name: '主机', qty: 2 }], recipient: { name: '张三' } });
    expect(posted.shipment.slipId).toBeUndefined();
    expect((await shipmentForExchange(w.db, exchange.id))?.id).toBe(posted.shipment.id);
    expect((await shipmentLog(w.db, w.day)).map((r) => [r.slipNo, r.name, r.trackingNo, r.goods])).toEqual([[exchange.outDocNo, '张三', 'SF9876543210987', [{ name: '主机', qty: 2 }]]]);
    expect(await refusal(postExchangeShipment(w.db, w.keeper, exchange.id, w.t0 + 60_000))).toEqual(['slip.ship.alreadyPosted']);
    expect(await courierExchangesInProgress(w.db)).toEqual([]);
  });

  it('SHP-4/SHP-5: the exchange\'s parcel is chased from day 3 and called back after signing like any other', async () => {
    const { exchange } = await courierExchange();
    await toWaybill(exchange.id);
    const { shipment } = await postExchangeShipment(w.db, w.keeper, exchange.id, w.t0);
    expect(await chaseQueue(w.db, w.t0 + day)).toEqual([]);
    expect((await chaseQueue(w.db, w.t0 + 2 * day)).map((v) => [v.shipment.id, v.slipNo, v.recipient?.name])).toEqual([[shipment.id, exchange.outDocNo, '张三']]);
    await recordShipmentChase(w.db, w.clerk, shipment.id, { courierContact: '顺丰客服', trackingStatus: '中转', cause: '天气', customerTold: true, askedPriority: true, calls: [w.call('催查')] }, w.t0 + 2 * day);
    await markShipmentSigned(w.db, w.clerk, shipment.id, w.t0 + 3 * day, w.t0 + 3 * day);
    expect((await callbackQueue(w.db)).map((v) => v.shipment.id)).toEqual([shipment.id]);
    const r = await recordShipmentCallback(w.db, w.clerk, shipment.id, { reached: true, damaged: false, matchesList: true, note: '', call: w.call('回访') }, w.t0 + 3 * day);
    expect(r.shipment.status).toBe('confirmed');
  });
});

describe('WH-1: the settlement matches a courier exchange to its shipping list', () => {
  it('WH-1: a courier exchange posted through shipping with its shipping list is 账单相符, on the day its parcel left', async () => {
    const { exchange } = await courierExchange();
    await toWaybill(exchange.id);
    // Recorded on the 27th, posted on the 28th: the outbound and its papers count on the 28th.
    await postExchangeShipment(w.db, w.keeper, exchange.id, w.t0 + day);
    const first = await daySummary(w.db, w.day);
    expect(first.differences).toEqual([]);
    expect(first.matches?.some((m) => m.docNo === exchange.outDocNo)).toBe(false);
    const next = await daySummary(w.db, '2026-11-28');
    expect(next.differences).toEqual([]);
    expect(next.matches?.map((m) => [m.docNo, m.ok, m.papers.map((p) => p.paper)])).toEqual([[exchange.outDocNo, true, ['outboundSlip', 'shippingList']]]);
    expect(next.checked).toEqual([{ paper: 'outboundSlip', count: 1 }, { paper: 'shippingList', count: 1 }]);
  });

  it('WH-1: a courier exchange whose replacement left without a shipping list (recorded before it shipped through the steps) is still listed', async () => {
    const { exchange } = await courierExchange();
    // As such an exchange was stored: no shipping state, the outbound posted with the exchange.
    const { shipping: _s, ...legacy } = exchange;
    await w.db.exchanges.put(legacy);
    const products = await productMap(w.db);
    await w.db.transaction('rw', w.db.tables, () => postMovement(w.db, w.keeper, exchangeMovements(legacy, products).outbound, { allowNegative: false }));
    const s = await daySummary(w.db, w.day);
    expect(s.differences).toEqual([
      { key: `missing:${exchange.outDocNo}:shippingList`, kind: 'missingPaper', docNo: exchange.outDocNo, ref: { type: 'exchange', id: exchange.id }, paper: 'shippingList', message: 'stock.reconcile.missing.exchangeShippingList' },
    ]);
  });
});

describe('EXC-2: the outbound movement of a courier replacement', () => {
  it('EXC-2: is dated when and by whom the parcel was released, under the exchange\'s outbound number', () => {
    const ex = { id: 4, kind: 'different' as const, at: 1, day: '2026-11-27', handlerId: 1, handlerName: '李强', customerId: 9, returned: { productId: 1, qty: 1 }, replacement: { productId: 2, qty: 3 },
      inspection: { result: 'ok' as const, note: '' }, inDocNo: 'RK20261127-001', outDocNo: 'CK20261127-001', delivery: 'ship' as const };
    expect(courierOutboundMovement(ex, { staffId: 5, name: '赵敏', at: new Date(2026, 10, 29, 9).getTime() })).toMatchObject({
      day: '2026-11-29', handlerId: 5, handlerName: '赵敏', docNo: 'CK20261127-001', kind: 'exchangeOut', customerId: 9, lines: [{ productId: 2, qty: -3 }], ref: { type: 'exchange', id: 4 },
    });
  });
});
