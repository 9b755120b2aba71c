import { describe, expect, it } from 'vitest';
import { recordSignOff } from './editable';
import { recordCount } from './double-count';
import type { Step } from './messages';
import type { PurchaseSlip, StockCount, Waybill } from './purchase-slip';
import { handOverShippingList, postShipment, printIssuesBeforePost, recordPhoneConfirmation, recordWaybill, startPicking, type HandOver } from './ship-flow';
import { clerk, ctx, customer, ids, keeper, line, logistics, NOW, shippingList, slip, supervisorApproval } from './test-fixtures';

function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw new Error(JSON.stringify(step.issues));
  return step.value;
}
const refusals = <T>(step: Step<T>) => (step.ok ? [] : step.issues.map((i) => i.message));

const handOver = (overrides: Partial<HandOver> = {}): HandOver => ({ ...ctx, customer, list: shippingList(), at: NOW, ...overrides });
// Printed, as a slip is before it ships (OUT-2).
const shipSlip = (over: Parameters<typeof slip>[0] = {}): PurchaseSlip & { id: number } => ({ ...slip({ delivery: 'ship', ...over }), printedAt: NOW });
const countBy = (who: { staffId: number; name: string }, qty = 2): StockCount => ({ ...who, at: NOW + 10, lines: [{ productId: ids.plain, qty }] });
const waybill: Waybill = { carrier: 'SF', trackingNo: 'sf1234567890123', printedAt: NOW + 20, thirdCopyFiled: true };

function counted(s: PurchaseSlip = shipSlip()): PurchaseSlip {
  const picking = unwrap(startPicking(unwrap(handOverShippingList(s, handOver())), NOW + 5));
  return unwrap(recordCount(unwrap(recordCount(picking, ctx.products, countBy(keeper))), ctx.products, countBy(logistics)));
}

describe('shipping flow', () => {
  it('OUT-2 / OUT-4 / SHP-2: draft → listed → picking → counted → waybilled → posted', () => {
    const listed = unwrap(handOverShippingList(shipSlip(), handOver()));
    expect(listed).toMatchObject({ status: 'listed', shippingListId: 21 });
    const c = counted();
    expect(c.status).toBe('counted');
    const w = unwrap(recordWaybill(c, waybill));
    expect(w).toMatchObject({ status: 'waybilled', waybill: { carrier: 'SF', trackingNo: 'SF1234567890123', thirdCopyFiled: true } });
    expect(unwrap(postShipment(w, ctx, keeper, NOW + 30))).toMatchObject({ status: 'posted', released: { staffId: 2, at: NOW + 30 } });
  });

  it('OUT-2: posting waits for the printed slip, and for store restock for the yellow copy printed with the screenshot', () => {
    const w = unwrap(recordWaybill(counted(), waybill));
    expect(refusals(postShipment({ ...w, printedAt: undefined }, ctx, keeper, NOW + 30))).toEqual(['slip.ship.printBeforePost']);
    expect(printIssuesBeforePost({ ...w, orderType: 'storeRestock' }).map((i) => i.message)).toEqual(['slip.ship.yellowCopyNotPrinted']);
    expect(printIssuesBeforePost({ ...w, orderType: 'repeat', screenshotPrintedAt: NOW })).toEqual([]);
    expect(printIssuesBeforePost({ ...w, orderType: 'normal' })).toEqual([]);
  });

  it('OUT-2: the shipping list must be complete and say what the slip says', () => {
    const noPhone = shippingList({ recipient: { ...shippingList().recipient, phone: '' } });
    expect(refusals(handOverShippingList(shipSlip(), handOver({ list: noPhone })))).toEqual(['shipping.error.recipientPhoneRequired']);
    const wrongQty = shippingList({ lines: [{ category: '耗材', qty: 3 }] });
    expect(refusals(handOverShippingList(shipSlip(), handOver({ list: wrongQty })))).toEqual(['shipping.error.listDiffersFromSlip']);
    expect(refusals(handOverShippingList(shipSlip(), handOver({ list: shippingList({ slipId: 99 }) })))).toEqual(['shipping.error.listOfOtherSlip']);
  });

  it('OUT-2: a store restock that ships is not handed over without the back-office screenshot', () => {
    expect(refusals(handOverShippingList(shipSlip({ orderType: 'storeRestock' }), handOver()))).toEqual(['slip.error.screenshotRequired']);
  });

  it('OUT-5: a test chamber never reaches the warehouse as a shipment', () => {
    const s = shipSlip({ lines: [line(ids.chamber, 1)] });
    const list = shippingList({ lines: [{ category: '试验箱', qty: 1 }] });
    expect(refusals(handOverShippingList(s, handOver({ list })))).toEqual(['stock.out.testChamberPickupOnly']);
  });

  it('SHP-1: a doubtful order waits for the confirmation call, then goes ahead', () => {
    const friend = shippingList({ recipient: { ...shippingList().recipient, name: '李四', phone: '13900139000' } });
    expect(refusals(handOverShippingList(shipSlip(), handOver({ list: friend })))).toEqual(['shipping.doubt.recipientDiffers', 'shipping.doubt.phoneNotOnFile']);
    const confirmation = { callLogId: 55, staffId: 1, name: '王丽', at: NOW, contactChecked: true };
    const confirmed = unwrap(recordPhoneConfirmation(shipSlip(), confirmation));
    expect(confirmed.phoneConfirmation).toEqual(confirmation);
    expect(unwrap(handOverShippingList(confirmed, handOver({ list: friend }))).status).toBe('listed');
  });

  it('SHP-1: the confirmation is a logged call with the contact data checked', () => {
    const c = { callLogId: 0, ...clerk, at: NOW, contactChecked: false };
    expect(refusals(recordPhoneConfirmation(shipSlip(), c))).toEqual(['slip.ship.confirmationCallRequired', 'slip.ship.contactNotChecked']);
  });

  it('SHP-2: the waybill needs a carrier, a tracking number, a print and the third copy filed', () => {
    expect(refusals(recordWaybill(counted(), { carrier: ' ', trackingNo: '', printedAt: 0, thirdCopyFiled: false }))).toEqual([
      'slip.ship.carrierRequired',
      'slip.ship.trackingRequired',
      'slip.ship.waybillNotPrinted',
      'slip.ship.thirdCopyNotFiled',
    ]);
  });

  it('refuses the shipping steps out of order, and on a pickup slip', () => {
    expect(refusals(startPicking(shipSlip(), NOW))).toEqual(['slip.ship.listBeforePicking']);
    expect(refusals(recordWaybill(shipSlip(), waybill))).toEqual(['slip.ship.countBeforeWaybill']);
    expect(refusals(postShipment(counted(), ctx, keeper, NOW))).toEqual(['slip.ship.waybillBeforePost']);
    expect(refusals(handOverShippingList(slip(), handOver()))).toEqual(['slip.flow.notShip']);
    const listed = unwrap(handOverShippingList(shipSlip(), handOver()));
    expect(refusals(handOverShippingList(listed, handOver()))).toEqual(['slip.ship.alreadyListed']);
    expect(refusals(recordPhoneConfirmation(listed, { callLogId: 1, ...clerk, at: NOW, contactChecked: true }))).toEqual(['slip.ship.confirmOnlyBeforeList']);
  });

  it('OUT-7: release is refused before a supervisor approval is recorded on the slip', () => {
    const s = shipSlip({ lines: [line(ids.special, 1)] });
    const list = shippingList({ lines: [{ category: '仪器', qty: 1 }] });
    const picking = unwrap(startPicking(unwrap(handOverShippingList(s, handOver({ list }))), NOW));
    const one = { ...keeper, at: NOW, lines: [{ productId: ids.special, qty: 1 }] };
    const two = unwrap(recordCount(unwrap(recordCount(picking, ctx.products, one)), ctx.products, { ...one, ...logistics }));
    const w = unwrap(recordWaybill(two, waybill));
    expect(refusals(postShipment(w, ctx, keeper, NOW + 30))).toEqual(['stock.out.needsSignOff']);
    const approved = unwrap(recordSignOff(w, { ...supervisorApproval, at: NOW + 25 }, NOW + 30));
    expect(unwrap(postShipment(approved, ctx, keeper, NOW + 30)).status).toBe('posted');
  });

  it('OUT-4: posting re-checks the two counts (a tampered record is refused)', () => {
    const w = unwrap(recordWaybill(counted(), waybill));
    const oneCounter = { ...w, counts: [countBy(keeper), countBy(keeper)] };
    expect(refusals(postShipment(oneCounter, ctx, keeper, NOW + 30))).toEqual(['slip.ship.notDoubleCounted']);
  });
});
