import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSlipWorld, type SlipWorld } from './slip-test-world';
import { customerTimeline } from './customers-repo';
import {
  callbackQueue,
  chaseQueue,
  linkShipmentOutstandingIssue,
  markShipmentException,
  markShipmentInTransit,
  markShipmentSigned,
  recordShipmentCallback,
  recordShipmentChase,
  shipmentCalls,
  shipmentLog,
  shipmentLogSheet,
  shipmentsNeedingOutstandingIssue,
  type ChaseInput,
} from './shipments-repo';
import { voidSlip } from './slips-repo';
import { stockOnHand } from './stock-repo';

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

/** Local time on a day of November 2026 (dispatch is 27 Nov 10:00 = day 1). */
const nov = (d: number, h = 0, m = 0) => new Date(2026, 10, d, h, m).getTime();
const chase = (): ChaseInput => ({
  courierContact: '顺丰网点 王师傅 95338', trackingStatus: '北京转运中心滞留', cause: '天气原因', customerTold: true, askedPriority: true,
  calls: [{ ...w.call('催件'), contact: '顺丰网点', phone: '13700001111' }, w.call('告知客户延误')],
});

describe('SHP-3 the daily shipment log (发货登记)', () => {
  it('SHP-3: the day\'s rows: recipient name, phone, address, tracking number, goods, carrier name; other days left out', async () => {
    const { slip, shipment } = await w.shipAndPost({ lines: [w.line(w.ids.set, 1), w.line(w.ids.plain, 2)] });
    await w.shipAndPost({}, 'SF1234567890124', nov(28, 9));
    const rows = await shipmentLog(w.db, '2026-11-27');
    expect(rows).toEqual([{
      shipmentId: shipment.id, shippedAt: w.t0, slipNo: slip.no, name: '张三', phone: '13800138000', address: '北京市海淀区中关村大街1号',
      carrier: '顺丰', trackingNo: 'SF1234567890123', goods: [{ name: '净水套装', qty: 1 }, { name: '滤芯', qty: 2 }], status: 'shipped', voided: false,
    }]);
    expect((await shipmentLog(w.db, '2026-11-28')).map((r) => r.trackingNo)).toEqual(['SF1234567890124']);
    const sheet = await shipmentLogSheet(w.db, '2026-11-27', 'zh-CN');
    expect(JSON.stringify(sheet)).toContain('SF1234567890123');
  });
});

describe('SHP-4 chasing late parcels', () => {
  it('SHP-4: due on day 3, not day 2 (fixed clock); a chase records its calls linked to the shipment', async () => {
    const { shipment } = await w.shipAndPost();
    expect(await chaseQueue(w.db, nov(28, 23, 59))).toEqual([]);
    const due = await chaseQueue(w.db, nov(29, 0, 0));
    expect(due.map((v) => [v.shipment.id, v.slipNo, v.recipient?.name])).toEqual([[shipment.id, shipment.slipNo, '张三']]);
    expect(await refusal(recordShipmentChase(w.db, w.clerk, shipment.id, { ...chase(), calls: [] }, nov(29, 9)))).toEqual(['shipment.chase.callRequired']);
    expect(await refusal(recordShipmentChase(w.db, w.clerk, shipment.id, { ...chase(), customerTold: false }, nov(29, 9)))).toEqual(['shipment.chase.customerNotTold']);
    expect(await w.db.callLogs.count()).toBe(1); // only the SHP-1 call of the slip
    const chased = await recordShipmentChase(w.db, w.clerk, shipment.id, chase(), nov(29, 9));
    expect(chased.status).toBe('chasing');
    const calls = await shipmentCalls(w.db, shipment.id);
    expect(calls.map((c) => [c.ref, c.customerId, c.content])).toEqual([
      [{ type: 'shipment', id: shipment.id }, w.customerId, '催件'], [{ type: 'shipment', id: shipment.id }, w.customerId, '告知客户延误'],
    ]);
    expect(chased.chases[0]?.callLogIds).toEqual(calls.map((c) => c.id));
    expect(await chaseQueue(w.db, nov(29, 15))).toEqual([]);
    expect(await chaseQueue(w.db, nov(30, 8))).toHaveLength(1);
  });

  it('SHP-4: in transit and exceptions stay due; a delivered one leaves the queue', async () => {
    const a = (await w.shipAndPost({}, 'SF1234567890123')).shipment;
    const b = (await w.shipAndPost({}, 'SF1234567890124')).shipment;
    const c = (await w.shipAndPost({}, 'SF1234567890125')).shipment;
    await markShipmentInTransit(w.db, w.receiver, a.id, nov(28));
    await markShipmentException(w.db, w.receiver, b.id, '快递丢件', nov(28));
    await markShipmentSigned(w.db, w.receiver, c.id, nov(28, 15), nov(28, 16));
    expect((await chaseQueue(w.db, nov(29, 9))).map((v) => v.shipment.id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe('SHP-5 the callback after signing', () => {
  it('SHP-5: signed → callback due → a problem → 异常, flagged for an outstanding issue, the call linked', async () => {
    const { shipment } = await w.shipAndPost();
    expect(await refusal(markShipmentSigned(w.db, w.receiver, shipment.id, nov(29, 10), nov(29, 9)))).toEqual(['slip.error.badTime']);
    await markShipmentSigned(w.db, w.clerk, shipment.id, nov(28, 15), nov(28, 16)); // the front desk follows shipments too
    expect((await callbackQueue(w.db)).map((v) => v.shipment.id)).toEqual([shipment.id]);
    const input = { reached: true, damaged: true, matchesList: true, note: '外箱破损', call: w.call('回访') };
    const r = await recordShipmentCallback(w.db, w.clerk, shipment.id, input, nov(29, 10));
    expect(r.needsOutstandingIssue).toBe(true);
    expect(r.shipment).toMatchObject({ status: 'exception', needsOutstandingIssue: true, exception: { note: '外箱破损' } });
    const callId = r.shipment.callbacks[0]?.callLogId ?? 0;
    expect(await w.db.callLogs.get(callId)).toMatchObject({ ref: { type: 'shipment', id: shipment.id }, content: '回访' });
    expect(await callbackQueue(w.db)).toEqual([]);
    expect(await chaseQueue(w.db, nov(30))).toEqual([]); // delivered, damaged: not a parcel to chase
    expect((await shipmentsNeedingOutstandingIssue(w.db)).map((s) => s.id)).toEqual([shipment.id]);
    const linked = await linkShipmentOutstandingIssue(w.db, w.clerk, shipment.id, 41, nov(29, 11));
    expect(linked.exception?.outstandingIssueId).toBe(41);
    expect(await shipmentsNeedingOutstandingIssue(w.db)).toEqual([]);
  });

  it('SHP-5: reached and all well → 已回访; nobody answered → still due', async () => {
    const { shipment } = await w.shipAndPost();
    await markShipmentSigned(w.db, w.receiver, shipment.id, nov(28, 15), nov(28, 16));
    const fine = { reached: true, damaged: false, matchesList: true, note: '', call: w.call('回访') };
    const missed = await recordShipmentCallback(w.db, w.clerk, shipment.id, { ...fine, reached: false }, nov(29, 10));
    expect(missed.shipment.status).toBe('signed');
    expect(await callbackQueue(w.db)).toHaveLength(1);
    const done = await recordShipmentCallback(w.db, w.clerk, shipment.id, fine, nov(29, 11));
    expect(done).toMatchObject({ needsOutstandingIssue: false, shipment: { status: 'confirmed' } });
    expect(await callbackQueue(w.db)).toEqual([]);
    expect(await shipmentCalls(w.db, shipment.id)).toHaveLength(2);
  });

  it('SHP-5: a callback before signing is refused and writes no call', async () => {
    const { shipment } = await w.shipAndPost();
    const calls = await w.db.callLogs.count();
    const input = { reached: true, damaged: false, matchesList: true, note: '', call: w.call('回访') };
    expect(await refusal(recordShipmentCallback(w.db, w.clerk, shipment.id, input, nov(29)))).toEqual(['shipment.error.callbackBeforeSigned']);
    expect(await w.db.callLogs.count()).toBe(calls);
  });
});

describe('a voided shipping slip, the timeline', () => {
  it('voiding a posted slip books the goods back; its shipment stays in the log marked and leaves the queues', async () => {
    const { slip, shipment } = await w.shipAndPost();
    await voidSlip(w.db, w.boss, slip.id, '客户取消', w.approval(), w.t0 + 1);
    expect(await stockOnHand(w.db, w.ids.plain)).toBe(100);
    expect((await shipmentLog(w.db, w.day)).map((r) => [r.shipmentId, r.voided])).toEqual([[shipment.id, true]]);
    expect(await chaseQueue(w.db, nov(30))).toEqual([]);
    expect(await refusal(markShipmentSigned(w.db, w.receiver, shipment.id, nov(28), nov(28)))).toEqual(['slipRecord.error.shipmentVoided']);
  });

  it('the customer\'s timeline lists their slips and shipments', async () => {
    const { slip, shipment } = await w.shipAndPost();
    const kinds = (await customerTimeline(w.db, w.customerId)).map((e) => `${e.kind}:${e.id}`);
    expect(kinds).toEqual(expect.arrayContaining([`slip:${slip.id}`, `shipment:${shipment.id}`]));
  });

  it('SHP-3: the log registers the recipient of the shipping list (not the customer) and the goods as they left', async () => {
    const recipient = { name: '李四', phone: '13912345678', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道1号' };
    const { slip, shipment } = await w.shipAndPost({}, 'SF1234567890123', w.t0, recipient);
    expect(shipment).toMatchObject({ recipient, goods: [{ name: '滤芯', qty: 2 }] });
    expect(await shipmentLog(w.db, w.day)).toMatchObject([{ name: '李四', phone: '13912345678', address: '上海市浦东新区世纪大道1号', goods: [{ name: '滤芯', qty: 2 }] }]);
    // A row without the registration (written before it existed) is read from its slip and list.
    const { recipient: _r, goods: _g, ...older } = shipment;
    await w.db.shipments.put(older);
    expect(await shipmentLog(w.db, w.day)).toMatchObject([{ slipNo: slip.no, name: '李四', goods: [{ name: '滤芯', qty: 2 }] }]);
    expect((await chaseQueue(w.db, nov(30)))[0]?.recipient?.name).toBe('李四');
  });
});
