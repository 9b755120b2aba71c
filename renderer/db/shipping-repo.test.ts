import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { emptyProductInput } from '@shared/products/product';
import { getProduct, updateProduct } from './products-repo';
import { saveCarriers } from './carriers-repo';
import { openSlipWorld, type SlipWorld } from './slip-test-world';
import { createSlip, markSlipPrinted, recordSlipSignOff } from './slips-repo';
import {
  confirmSlipByPhone,
  getShippingList,
  handOverShippingList,
  markWaybillsPrinted,
  pickingList,
  postSlipShipment,
  recordSlipCount,
  recordSlipWaybill,
  saveShippingList,
  shippingListDraft,
  slipDoubts,
  trackingWarnings,
} from './shipping-repo';
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

const shipSlip = (overrides = {}) => createSlip(w.db, w.clerk, w.fields({ delivery: 'ship', ...overrides }), w.t0);
const recipient = { name: '李四', phone: '139-1234-5678', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道100号' };

describe('shipping detail list (OUT-2) and the confirmation call (SHP-1)', () => {
  it('OUT-2: the list starts from the slip and the customer; the recipient may differ; it must say what the slip says', async () => {
    const slip = await shipSlip({ lines: [w.line(w.ids.plain, 2), w.line(w.ids.set, 1)] });
    const draft = await shippingListDraft(w.db, slip.id);
    expect(draft.lines).toEqual([{ category: '耗材', qty: 2 }, { category: '设备', qty: 1 }]);
    expect(draft.recipient).toMatchObject({ name: '张三', phone: '13800138000', district: '海淀区' });
    expect(await refusal(saveShippingList(w.db, w.clerk, slip.id, { ...draft, lines: [{ category: '耗材', qty: 1 }, { category: '设备', qty: 1 }] }, w.t0))).toEqual(['shipping.error.listDiffersFromSlip']);
    expect(await refusal(saveShippingList(w.db, w.clerk, slip.id, { ...draft, recipient: { ...recipient, phone: '' } }, w.t0))).toEqual(['shipping.error.recipientPhoneRequired']);
    const list = await saveShippingList(w.db, w.clerk, slip.id, { ...draft, recipient }, w.t0);
    expect(list.recipient.phone).toBe('13912345678');
    const again = await saveShippingList(w.db, w.clerk, slip.id, { ...draft, recipient: { ...recipient, detail: '世纪大道200号' } }, w.t0 + 1);
    expect(again.id).toBe(list.id);
    expect(await w.db.shippingLists.count()).toBe(1);
  });

  it('OUT-2: a pickup slip has no shipping list', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    expect(await refusal(saveShippingList(w.db, w.clerk, slip.id, await shippingListDraft(w.db, slip.id), w.t0))).toEqual(['slip.flow.notShip']);
  });

  it('SHP-1: a doubtful order waits for a confirmation call linked to the slip, with the contact data checked', async () => {
    const slip = await shipSlip();
    expect(await refusal(handOverShippingList(w.db, w.clerk, slip.id, w.t0))).toEqual(['slipRecord.error.listNotFound']);
    await saveShippingList(w.db, w.clerk, slip.id, { ...(await shippingListDraft(w.db, slip.id)), recipient }, w.t0);
    expect(await slipDoubts(w.db, slip.id)).toEqual(['recipientDiffers', 'phoneNotOnFile', 'addressNotOnFile', 'newCustomer']);
    expect(await refusal(handOverShippingList(w.db, w.clerk, slip.id, w.t0))).toEqual(['shipping.doubt.recipientDiffers', 'shipping.doubt.phoneNotOnFile', 'shipping.doubt.addressNotOnFile', 'shipping.doubt.newCustomer']);
    expect(await refusal(confirmSlipByPhone(w.db, w.clerk, slip.id, w.call(), false, w.t0))).toEqual(['slip.ship.contactNotChecked']);
    expect(await w.db.callLogs.count()).toBe(0);
    const { slip: confirmed, callLogId } = await confirmSlipByPhone(w.db, w.clerk, slip.id, w.call('核对收货人李四'), true, w.t0);
    expect(await w.db.callLogs.get(callLogId)).toMatchObject({ ref: { type: 'slip', id: slip.id }, customerId: w.customerId, content: '核对收货人李四', handlerName: '王丽' });
    expect(confirmed.phoneConfirmation).toMatchObject({ callLogId, contactChecked: true, staffId: w.clerk.staffId });
    expect(await handOverShippingList(w.db, w.clerk, slip.id, w.t0)).toMatchObject({ status: 'listed', shippingListId: (await getShippingList(w.db, slip.id))?.id });
    expect(await refusal(saveShippingList(w.db, w.clerk, slip.id, await shippingListDraft(w.db, slip.id), w.t0))).toEqual(['slipRecord.error.listLocked']);
  });
});

describe('picking and the two-person count (OUT-4)', () => {
  it('the picking list opens sets into their contents', async () => {
    const slip = await shipSlip({ lines: [w.line(w.ids.set, 2), w.line(w.ids.plain, 1)] });
    expect((await pickingList(w.db, slip.id)).map((r) => [r.productId, r.qty, r.setId, r.product?.code])).toEqual([
      [w.ids.partA, 2, w.ids.set, 'A1'], [w.ids.partB, 4, w.ids.set, 'B1'], [w.ids.plain, 1, undefined, 'P1'],
    ]);
  });

  it('OUT-4: two different people allowed to pack must each count the list; the same person twice is refused', async () => {
    const slip = await w.shipToPicking({ lines: [w.line(w.ids.set, 1)] });
    const lines = [{ productId: w.ids.partA, qty: 1 }, { productId: w.ids.partB, qty: 2 }];
    expect(await refusal(recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.clerk), lines, w.t0))).toEqual(['slipRecord.error.counterNotAllowed']);
    expect(await refusal(recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.receiver, w.t0 - 11 * 60_000), lines, w.t0))).toEqual(['approval.error.stale']);
    expect(await refusal(recordSlipCount(w.db, w.keeper, slip.id, { ...w.counter(w.receiver), name: '冒名' }, lines, w.t0))).toEqual(['slipRecord.error.counterNotAllowed']);
    expect((await recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.keeper), lines, w.t0)).status).toBe('picking');
    expect(await refusal(recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.keeper), lines, w.t0))).toEqual(['slip.ship.sameCounter']);
    expect(await recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.receiver), lines, w.t0)).toMatchObject({ status: 'counted', counts: [{ staffId: w.keeper.staffId }, { staffId: w.receiver.staffId }] });
  });

  it('OUT-4: a count that differs from the picking list stops the shipment and is not recorded', async () => {
    const slip = await w.shipToPicking({ lines: [w.line(w.ids.set, 1)] });
    const short = [{ productId: w.ids.partA, qty: 1 }, { productId: w.ids.partB, qty: 1 }];
    expect(await refusal(recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.keeper), short, w.t0))).toEqual(['slip.ship.countMismatch']);
    expect(await w.db.purchaseSlips.get(slip.id)).toMatchObject({ status: 'picking', counts: [] });
    expect(await refusal(recordSlipWaybill(w.db, w.receiver, slip.id, { carrier: 'SF', trackingNo: 'SF1234567890123', printedAt: w.t0, thirdCopyFiled: true }, w.t0))).toEqual(['slip.ship.countBeforeWaybill']);
  });
});

describe('waybill (SHP-2) and posting', () => {
  async function counted() {
    const slip = await w.shipToPicking();
    const lines = [{ productId: w.ids.plain, qty: 2 }];
    await recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.keeper), lines, w.t0);
    return recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.receiver), lines, w.t0);
  }

  it('SHP-2: printed, numbered, third copy filed; an odd or reused number is a warning, not a refusal', async () => {
    const slip = await counted();
    const waybill = { carrier: 'SF', trackingNo: 'sf 1234-5678-90123', thirdCopyFiled: true };
    expect(await refusal(recordSlipWaybill(w.db, w.receiver, slip.id, waybill, w.t0))).toEqual(['slip.ship.waybillNotPrinted']);
    await markWaybillsPrinted(w.db, w.receiver, [slip.id], w.t0);
    expect(await refusal(recordSlipWaybill(w.db, w.receiver, slip.id, { ...waybill, thirdCopyFiled: false }, w.t0))).toEqual(['slip.ship.thirdCopyNotFiled']);
    expect(await refusal(recordSlipWaybill(w.db, w.receiver, slip.id, { ...waybill, carrier: 'XX' }, w.t0))).toEqual(['slipRecord.error.unknownCarrier']);
    const r = await recordSlipWaybill(w.db, w.receiver, slip.id, waybill, w.t0);
    expect(r.warnings).toEqual([]);
    expect(r.slip).toMatchObject({ status: 'waybilled', waybill: { carrier: 'SF', trackingNo: 'SF1234567890123', printedAt: w.t0, thirdCopyFiled: true } });
    expect(await trackingWarnings(w.db, 'SF', 'SF1234567890123', slip.id)).toEqual([]);
    expect((await trackingWarnings(w.db, 'SF', 'sf1234567890123')).map((i) => i.message)).toEqual(['carrier.warn.duplicate']);
    expect((await trackingWarnings(w.db, 'YTO', '123')).map((i) => i.message)).toEqual(['carrier.warn.format']);
  });

  it('a tracking number used twice is warned about and still recorded', async () => {
    await w.shipAndPost({}, 'SF1234567890123');
    const slip = await counted();
    await markWaybillsPrinted(w.db, w.receiver, [slip.id], w.t0);
    const r = await recordSlipWaybill(w.db, w.receiver, slip.id, { carrier: 'SF', trackingNo: 'SF1234567890123', thirdCopyFiled: true }, w.t0);
    expect(r.warnings).toEqual([{ path: 'waybill.trackingNo', message: 'carrier.warn.duplicate' }]);
    expect(r.slip.status).toBe('waybilled');
  });

  it('a deactivated carrier cannot be chosen', async () => {
    const slip = await counted();
    await markWaybillsPrinted(w.db, w.receiver, [slip.id], w.t0);
    await saveCarriers(w.db, w.receiver, [{ code: 'SF', name: '顺丰', trackingUrl: '', active: false }, { code: 'ZTO', name: '中通', trackingUrl: '', active: true }], w.t0);
    expect(await refusal(recordSlipWaybill(w.db, w.receiver, slip.id, { carrier: 'SF', trackingNo: 'SF1234567890123', thirdCopyFiled: true }, w.t0))).toEqual(['slipRecord.error.unknownCarrier']);
  });

  it('posting writes the slip, its CK movement and the shipment (已发货) together', async () => {
    const { slip, shipment, movement } = await w.shipAndPost({ lines: [w.line(w.ids.set, 1)] });
    expect(slip).toMatchObject({ status: 'posted', released: { staffId: w.keeper.staffId } });
    expect(movement).toMatchObject({ docNo: 'CK20261127-001', ref: { type: 'slip', id: slip.id }, lines: [{ productId: w.ids.set, qty: -1 }] });
    expect(shipment).toMatchObject({ slipId: slip.id, slipNo: slip.no, status: 'shipped', carrier: 'SF', trackingNo: 'SF1234567890123', day: w.day, shippedAt: w.t0 });
    expect(await stockOnHand(w.db, w.ids.set)).toBe(99);
    expect(await refusal(postSlipShipment(w.db, w.keeper, slip.id, w.t0))).toEqual(['slip.ship.alreadyPosted']);
    await expect(postSlipShipment(w.db, w.receiver, slip.id, w.t0)).rejects.toBeInstanceOf(PermissionError); // logistics does not release goods
  });

  it('a slip never half-posts: a failure after the movement write (the shipment) saves nothing', async () => {
    const slip = await counted();
    await markWaybillsPrinted(w.db, w.receiver, [slip.id], w.t0);
    await recordSlipWaybill(w.db, w.receiver, slip.id, { carrier: 'SF', trackingNo: 'SF1234567890123', thirdCopyFiled: true }, w.t0);
    const audits = await w.db.auditLog.count();
    w.db.shipments.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(postSlipShipment(w.db, w.keeper, slip.id, w.t0)).rejects.toThrow('disk full');
    expect(await movementsForRef(w.db, { type: 'slip', id: slip.id })).toEqual([]);
    expect(await stockOnHand(w.db, w.ids.plain)).toBe(100);
    expect(await w.db.shipments.count()).toBe(0);
    expect(await w.db.auditLog.count()).toBe(audits);
    expect((await w.db.purchaseSlips.get(slip.id))?.status).toBe('waybilled');
  });

  it('OUT-7: a shipment with a special product is refused at posting until the sign-off is on the slip', async () => {
    const slip = await w.shipToPicking({ lines: [w.line(w.ids.special, 1)] });
    const lines = [{ productId: w.ids.special, qty: 1 }];
    await recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.keeper), lines, w.t0);
    await recordSlipCount(w.db, w.keeper, slip.id, w.counter(w.receiver), lines, w.t0);
    await markWaybillsPrinted(w.db, w.receiver, [slip.id], w.t0);
    await recordSlipWaybill(w.db, w.receiver, slip.id, { carrier: 'SF', trackingNo: 'SF1234567890123', thirdCopyFiled: true }, w.t0);
    expect(await refusal(postSlipShipment(w.db, w.keeper, slip.id, w.t0))).toEqual(['stock.out.needsSignOff']);
    await recordSlipSignOff(w.db, w.clerk, slip.id, w.approval(), w.t0);
    await expect(postSlipShipment(w.db, w.keeper, slip.id, w.t0)).resolves.toMatchObject({ slip: { status: 'posted' } });
  });

  it('OUT-5: refused again at posting when the product became self-pickup only after the slip was saved', async () => {
    const slip = await counted();
    await markWaybillsPrinted(w.db, w.receiver, [slip.id], w.t0);
    await recordSlipWaybill(w.db, w.receiver, slip.id, { carrier: 'SF', trackingNo: 'SF1234567890123', thirdCopyFiled: true }, w.t0);
    const p = await getProduct(w.db, w.ids.plain);
    await updateProduct(w.db, w.keeper, w.ids.plain, { ...emptyProductInput(), ...p, selfPickupOnly: true }, w.t0);
    expect(await refusal(postSlipShipment(w.db, w.keeper, slip.id, w.t0))).toEqual(['stock.out.pickupOnly']);
    expect(await w.db.shipments.count()).toBe(0);
  });

  it('OUT-2: shipping waits for the printed slip: an unprinted one is refused at posting, with nothing written', async () => {
    const slip = await w.countAndWaybill(await w.shipToPicking({}, undefined, 'none'));
    expect(await refusal(postSlipShipment(w.db, w.keeper, slip.id, w.t0))).toEqual(['slip.ship.printBeforePost']);
    expect(await w.db.shipments.count()).toBe(0);
    expect(await movementsForRef(w.db, { type: 'slip', id: slip.id })).toEqual([]);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    await expect(postSlipShipment(w.db, w.keeper, slip.id, w.t0)).resolves.toMatchObject({ slip: { status: 'posted' } });
  });

  it('OUT-2: a store-restock slip ships only after its yellow copy was printed with the back-office screenshot', async () => {
    const restock = { orderType: 'storeRestock' as const, attachments: [w.screenshot] };
    const slip = await w.countAndWaybill(await w.shipToPicking(restock, undefined, 'plain'));
    expect(slip.printedAt).toBe(w.t0);
    expect(await refusal(postSlipShipment(w.db, w.keeper, slip.id, w.t0))).toEqual(['slip.ship.yellowCopyNotPrinted']);
    const reprinted = await markSlipPrinted(w.db, w.clerk, slip.id, w.t0 + 60_000, true);
    expect(reprinted).toMatchObject({ printedAt: w.t0, screenshotPrintedAt: w.t0 + 60_000 });
    await expect(postSlipShipment(w.db, w.keeper, slip.id, w.t0 + 120_000)).resolves.toMatchObject({ slip: { status: 'posted' } });
  });

  it('marks printed waybills only for shipping slips', async () => {
    const pickup = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    await markSlipPrinted(w.db, w.clerk, pickup.id, w.t0);
    expect(await refusal(markWaybillsPrinted(w.db, w.receiver, [pickup.id], w.t0))).toEqual(['slip.flow.notShip']);
  });
});
