import { describe, expect, it } from 'vitest';
import type { Step } from '../slips/messages';
import type { PurchaseSlip } from '../slips/purchase-slip';
import { keeper, NOW, slip } from '../slips/test-fixtures';
import {
  canMoveShipment, linkOutstandingIssue, markException, markInTransit, markSigned, recordCallback, recordChase, shipmentFromSlip,
  type CallbackEntry, type ChaseEntry, type Shipment,
} from './shipment';

function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw new Error(JSON.stringify(step.issues));
  return step.value;
}
const refusals = <T>(step: Step<T>) => (step.ok ? [] : step.issues.map((i) => i.message));

const posted: PurchaseSlip & { id: number } = {
  ...slip({ delivery: 'ship' }),
  status: 'posted',
  released: { ...keeper, at: NOW },
  waybill: { carrier: 'SF', trackingNo: 'SF1234567890123', printedAt: NOW - 10, thirdCopyFiled: true },
};
const shipped = (): Shipment => unwrap(shipmentFromSlip(posted));
const chase: ChaseEntry = { staffId: 1, name: '王丽', at: NOW + 1000, courierContact: '顺丰客服 95338', trackingStatus: '中转站滞留', cause: '大雪停运', customerTold: true, askedPriority: true, callLogIds: [31, 32] };
const callback: CallbackEntry = { staffId: 1, name: '王丽', at: NOW + 5000, reached: true, damaged: false, matchesList: true, note: '', callLogId: 40 };

describe('shipment', () => {
  it('is created from a posted slip with its waybill, on the local day it left', () => {
    expect(shipped()).toMatchObject({ slipId: 11, slipNo: 'GX20261127-001', customerId: 7, carrier: 'SF', trackingNo: 'SF1234567890123', shippedAt: NOW, day: '2026-11-27', status: 'shipped' });
    expect(unwrap(shipmentFromSlip({ ...posted, shippingListId: 21 })).shippingListId).toBe(21);
    expect(refusals(shipmentFromSlip({ ...posted, status: 'waybilled' }))).toEqual(['shipment.error.slipNotPosted']);
  });

  it('moves 已发货 → 运输中 → 已签收 → 已回访; 已回访 is final', () => {
    const inTransit = unwrap(markInTransit(shipped(), NOW + 1));
    expect(inTransit.status).toBe('inTransit');
    const signed = unwrap(markSigned(inTransit, NOW + 2));
    expect(signed).toMatchObject({ status: 'signed', signedAt: NOW + 2 });
    expect(refusals(markInTransit(signed, NOW + 3))).toEqual(['shipment.error.badTransition']);
    expect(canMoveShipment('confirmed', 'exception')).toBe(false);
    expect(canMoveShipment('exception', 'signed')).toBe(true);
    expect(refusals(markSigned(shipped(), NOW - 1))).toEqual(['shipment.error.beforeShipped']);
  });

  it('SHP-4: a chase records courier contact, tracking status, cause and that the customer was told', () => {
    const chased = unwrap(recordChase(shipped(), chase));
    expect(chased.status).toBe('chasing');
    expect(chased.chases).toEqual([chase]);
    const blank = { ...chase, courierContact: ' ', trackingStatus: '', cause: '', customerTold: false };
    expect(refusals(recordChase(shipped(), blank))).toEqual([
      'shipment.chase.courierContactRequired', 'shipment.chase.trackingStatusRequired', 'shipment.chase.causeRequired', 'shipment.chase.customerNotTold',
    ]);
    const signed = unwrap(markSigned(shipped(), NOW + 1));
    expect(refusals(recordChase(signed, chase))).toEqual(['shipment.error.chaseDelivered']);
    expect(unwrap(markInTransit(chased, NOW + 2000)).status).toBe('inTransit');
  });

  it('SHP-5: a good callback confirms the shipment (已回访)', () => {
    const signed = unwrap(markSigned(shipped(), NOW + 1));
    const r = unwrap(recordCallback(signed, callback));
    expect(r.needsOutstandingIssue).toBe(false);
    expect(r.shipment).toMatchObject({ status: 'confirmed', callbacks: [callback] });
  });

  it('SHP-5: damage or a box that differs from the outbound list → 异常 and an outstanding issue to open', () => {
    const signed = unwrap(markSigned(shipped(), NOW + 1));
    for (const problem of [{ damaged: true }, { matchesList: false }]) {
      const r = unwrap(recordCallback(signed, { ...callback, ...problem, note: '外箱破损,少一个配件' }));
      expect(r.needsOutstandingIssue).toBe(true);
      expect(r.shipment).toMatchObject({ status: 'exception', needsOutstandingIssue: true, exception: { at: NOW + 5000, note: '外箱破损,少一个配件' } });
      const linked = unwrap(linkOutstandingIssue(r.shipment, 77, NOW + 6000));
      expect(linked.exception?.outstandingIssueId).toBe(77);
      expect(linked.needsOutstandingIssue).toBeUndefined();
    }
    expect(refusals(recordCallback(signed, { ...callback, damaged: true }))).toEqual(['shipment.callback.problemNoteRequired']);
  });

  it('SHP-5: nobody answered: the callback is recorded and stays due', () => {
    const signed = unwrap(markSigned(shipped(), NOW + 1));
    const r = unwrap(recordCallback(signed, { ...callback, reached: false, damaged: true }));
    expect(r).toMatchObject({ needsOutstandingIssue: false, shipment: { status: 'signed' } });
    expect(r.shipment.callbacks).toHaveLength(1);
  });

  it('SHP-5: no callback before the customer signs', () => {
    expect(refusals(recordCallback(shipped(), callback))).toEqual(['shipment.error.callbackBeforeSigned']);
    const signed = unwrap(markSigned(shipped(), NOW + 10_000));
    expect(refusals(recordCallback(signed, callback))).toEqual(['shipment.error.beforeSigned']);
  });

  it('marks other problems as 异常 with a note', () => {
    expect(unwrap(markException(shipped(), '快递丢件', NOW + 1)).exception).toEqual({ at: NOW + 1, note: '快递丢件' });
    expect(refusals(markException(shipped(), ' ', NOW + 1))).toEqual(['shipment.error.exceptionNoteRequired']);
    expect(refusals(linkOutstandingIssue(shipped(), 1, NOW))).toEqual(['shipment.error.noException']);
  });
});
