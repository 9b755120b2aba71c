import { describe, expect, it } from 'vitest';
import { callbackQueue, chaseDueFrom, chaseQueue, isDueForCallback, isDueForChase } from './follow-up';
import type { Shipment } from './shipment';

const at = (d: number, h = 0, m = 0, s = 0, ms = 0) => new Date(2026, 10, d, h, m, s, ms).getTime();

function shipment(overrides: Partial<Shipment> = {}): Shipment {
  return {
    slipId: 1, slipNo: 'GX20261127-001', customerId: 7, carrier: 'SF', trackingNo: 'SF1234567890123',
    shippedAt: at(27, 16, 30), day: '2026-11-27', status: 'shipped', chases: [], callbacks: [], updatedAt: at(27, 16, 30), ...overrides,
  };
}

describe('SHP-4 chase queue (待催查)', () => {
  it('SHP-4: due on day 3 (dispatch day = day 1), not on day 2 — both boundaries on a fixed clock', () => {
    const s = shipment(); // dispatched 2026-11-27 16:30: day 1
    expect(isDueForChase(s, at(28, 23, 59, 59, 999))).toBe(false); // last instant of day 2
    expect(isDueForChase(s, at(29, 0, 0, 0, 0))).toBe(true); // first instant of day 3
    expect(chaseDueFrom(s.shippedAt)).toBe(at(29));
  });

  it('SHP-4: counts local calendar days, not 48 hours: a late-evening dispatch is due at the same midnight', () => {
    const late = shipment({ shippedAt: at(27, 23, 59), day: '2026-11-27' });
    const early = shipment({ shippedAt: at(27, 0, 1), day: '2026-11-27' });
    expect(isDueForChase(late, at(29))).toBe(true);
    expect(isDueForChase(early, at(28, 23, 59))).toBe(false);
  });

  it('SHP-4: only undelivered parcels are chased', () => {
    const now = at(30, 9);
    expect(isDueForChase(shipment({ status: 'inTransit' }), now)).toBe(true);
    expect(isDueForChase(shipment({ status: 'exception' }), now)).toBe(true);
    expect(isDueForChase(shipment({ status: 'signed' }), now)).toBe(false);
    expect(isDueForChase(shipment({ status: 'confirmed' }), now)).toBe(false);
  });

  it('SHP-4: a parcel delivered with a problem (异常 after signing) or of a voided slip is not chased', () => {
    const now = at(30, 9);
    const voided = { at: at(28), byId: 9, byName: '王主任', reason: '重开', approval: { supervisorId: 9, supervisorName: '王主任', at: at(28), note: '' } };
    expect(isDueForChase(shipment({ status: 'exception', signedAt: at(28) }), now)).toBe(false);
    expect(isDueForChase(shipment({ voided }), now)).toBe(false);
    expect(isDueForCallback(shipment({ status: 'signed', signedAt: at(28), voided }))).toBe(false);
  });

  it('SHP-4: a parcel chased today leaves the queue until tomorrow, if still undelivered', () => {
    const chase = { staffId: 1, name: '王丽', at: at(30, 9), courierContact: 'x', trackingStatus: 'x', cause: 'x', customerTold: true, askedPriority: false, callLogIds: [] };
    const chased = shipment({ status: 'chasing', chases: [chase] });
    expect(isDueForChase(chased, at(30, 15))).toBe(false);
    expect(isDueForChase(chased, at(31, 8))).toBe(true);
  });

  it('can be set to day 4 if the centre decides so', () => {
    expect(isDueForChase(shipment(), at(29, 12), 3)).toBe(false);
    expect(isDueForChase(shipment(), at(30), 3)).toBe(true);
  });

  it('lists the due shipments, the longest on the road first', () => {
    const a = shipment({ slipId: 1, shippedAt: at(26, 10) });
    const b = shipment({ slipId: 2, shippedAt: at(25, 10) });
    const c = shipment({ slipId: 3, shippedAt: at(28, 10) });
    const d = shipment({ slipId: 4, shippedAt: at(24, 10), status: 'signed', signedAt: at(26) });
    expect(chaseQueue([a, b, c, d], at(28, 12)).map((s) => s.slipId)).toEqual([2, 1]);
  });
});

describe('SHP-5 callback queue (待回访)', () => {
  it('SHP-5: a signed shipment becomes due for a callback; a confirmed one is done', () => {
    expect(isDueForCallback(shipment({ status: 'signed', signedAt: at(28) }))).toBe(true);
    expect(isDueForCallback(shipment({ status: 'inTransit' }))).toBe(false);
    expect(isDueForCallback(shipment({ status: 'confirmed' }))).toBe(false);
  });

  it('lists signed shipments, the earliest signed first', () => {
    const list = [
      shipment({ slipId: 1, status: 'signed', signedAt: at(29) }),
      shipment({ slipId: 2, status: 'confirmed', signedAt: at(27) }),
      shipment({ slipId: 3, status: 'signed', signedAt: at(28) }),
    ];
    expect(callbackQueue(list).map((s) => s.slipId)).toEqual([3, 1]);
  });
});
