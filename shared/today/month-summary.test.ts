import { describe, expect, it } from 'vitest';
import type { CallbackEntry } from '../shipping/shipment';
import { callbackDeadline, callbackOutcome, monthSummary, percent } from './month-summary';

const at = (d: number, h = 10, m = 0) => new Date(2026, 10, d, h, m).getTime();
const day = 86_400_000;
const callback = (when: number, reached = true): CallbackEntry => ({ staffId: 1, name: '王丽', at: when, reached, damaged: false, matchesList: true, note: '' });
const voided = { at: at(20), byId: 9, byName: '周主管', reason: '作废', approval: { supervisorId: 9, supervisorName: '周主管', at: at(20), note: '' } };

describe('month summary', () => {
  it('SHP-5: a callback is on time until the end of the day after signing', () => {
    expect(callbackDeadline(at(10, 23, 30))).toBe(new Date(2026, 10, 12).getTime());
    const signed = { signedAt: at(10, 15), callbacks: [] };
    expect(callbackOutcome({ ...signed, callbacks: [callback(at(11, 23, 59))] }, at(20))).toBe('onTime');
    expect(callbackOutcome({ ...signed, callbacks: [callback(at(12, 0, 0))] }, at(20))).toBe('late');
    expect(callbackOutcome({ ...signed, callbacks: [callback(at(11, 9), false), callback(at(12, 9))] }, at(20))).toBe('late');
    expect(callbackOutcome(signed, at(11, 20))).toBe('pending');
    expect(callbackOutcome(signed, at(12, 0))).toBe('late');
    expect(callbackOutcome({ callbacks: [] }, at(20))).toBe('none');
  });

  it('counts slips and their amount in fen without float drift, voided ones left out', () => {
    const s = monthSummary({
      calls: 12,
      serviceRequests: 3,
      slips: [{ total: 0.1 }, { total: 0.2 }, { total: 1980, voided }],
      shipments: [],
      reviews: [],
      now: at(27),
    });
    expect(s).toMatchObject({ calls: 12, serviceRequests: 3, slips: 2, amount: 0.3, shipments: 0, delivered: 0, avgDeliveryDays: null });
  });

  it('averages days to delivery over the signed shipments and rates the callbacks (SHP-5)', () => {
    const s = monthSummary({
      calls: 0,
      serviceRequests: 0,
      slips: [],
      shipments: [
        { shippedAt: at(1), signedAt: at(1) + 2 * day, callbacks: [callback(at(3, 16))] },
        { shippedAt: at(2), signedAt: at(2) + 3 * day, callbacks: [callback(at(9))] },
        { shippedAt: at(5), callbacks: [] },
        { shippedAt: at(6), signedAt: at(7), callbacks: [], voided },
      ],
      reviews: [],
      now: at(27),
    });
    expect(s).toMatchObject({ shipments: 3, delivered: 2, avgDeliveryDays: 2.5, callbacks: { onTime: 1, total: 2 } });
    expect(percent(s.callbacks)).toBe(50);
  });

  it('REV-1: a review within 7 × 24 h of the record is on time, one after is late', () => {
    const week = 7 * day;
    const s = monthSummary({
      calls: 0,
      serviceRequests: 0,
      slips: [],
      shipments: [],
      reviews: [
        { at: at(20), recordCreatedAt: at(20) - week },
        { at: at(20), recordCreatedAt: at(20) - week - 1 },
        { at: at(20), recordCreatedAt: at(19) },
      ],
      now: at(27),
    });
    expect(s.reviews).toEqual({ onTime: 2, total: 3 });
    expect(percent(s.reviews)).toBe(67);
    expect(percent({ onTime: 0, total: 0 })).toBeNull();
  });
});
