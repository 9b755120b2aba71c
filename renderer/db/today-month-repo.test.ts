import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallLogInput } from '@shared/domain/call-log';
import type { Shipment } from '@shared/shipping/shipment';
import { line, slip } from '@shared/slips/test-fixtures';
import { createCallLog, voidCallLog } from './call-logs-repo';
import { openStockWorld, type StockWorld } from './test-stock';
import { loadMonthSummary } from './today-month-repo';

let w: StockWorld;
const day = 86_400_000;
const november = { from: '2026-11-01', to: '2026-11-30' };
beforeEach(async () => {
  w = await openStockWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const call = (at: number): CallLogInput => ({ direction: 'in', at, phone: '13800138000', contact: '张伟', topic: 'consult', content: '咨询滤芯价格', result: '' });

describe('month summary reads', () => {
  it('counts the month\'s calls (voided left out), slips and amounts, shipments, callbacks and reviews', async () => {
    const ids = [];
    for (const at of [w.t0, w.t0 - day, new Date(2026, 9, 31, 23, 59).getTime(), new Date(2026, 10, 1, 0, 0).getTime()]) ids.push(await createCallLog(w.db, w.clerk, call(at)));
    await voidCallLog(w.db, w.boss, ids[0] ?? 0, '录错', w.approval(), w.t0);
    // Each slip's total is its one line's amount, as on every slip the app saves.
    const slipOf = (total: number) => {
      const { id: _id, ...s } = slip({ lines: [line(1, 1, total)] });
      return s;
    };
    await w.db.purchaseSlips.bulkAdd([
      { ...slipOf(100.1), no: 'GX1', day: '2026-11-02' },
      { ...slipOf(0.2), no: 'GX2', day: '2026-11-30' },
      { ...slipOf(5), no: 'GX3', day: '2026-12-01' },
    ]);
    const shipment: Shipment = { slipId: 1, slipNo: 'GX1', customerId: 1, carrier: 'SF', trackingNo: 'SF1', shippedAt: w.t0 - 4 * day, day: '2026-11-23', status: 'confirmed', chases: [], callbacks: [], updatedAt: w.t0 };
    await w.db.shipments.bulkAdd([
      { ...shipment, signedAt: w.t0 - 2 * day, callbacks: [{ staffId: 1, name: '王丽', at: w.t0 - 2 * day + 3_600_000, reached: true, damaged: false, matchesList: true, note: '' }] },
      { ...shipment, slipId: 2, day: '2026-11-24', shippedAt: w.t0 - 3 * day, status: 'inTransit' },
    ]);
    // A card created 10 days before its review: REV-1 late.
    const cardId = await w.db.serviceCards.add({ cardNo: 'FK1', customerId: 1, productId: 1, serialNo: '', serviceDate: '2026-11-17', content: '保养', technicianId: 1, createdAt: w.t0 - 10 * day });
    await w.db.reviews.bulkAdd([
      { kind: 'serviceCards', recordId: cardId, reviewerId: 1, reviewerName: '张主管', at: w.t0, comment: '' },
      { kind: 'callLogs', recordId: ids[1] ?? 0, reviewerId: 1, reviewerName: '张主管', at: w.t0, comment: '' },
      { kind: 'callLogs', recordId: 999, reviewerId: 1, reviewerName: '张主管', at: w.t0, comment: '' },
    ]);
    const summary = await loadMonthSummary(w.db, november, w.t0);
    expect(summary).toEqual({
      calls: 2,
      serviceRequests: 0,
      slips: 2,
      amount: 100.3,
      shipments: 2,
      delivered: 1,
      avgDeliveryDays: 2,
      callbacks: { onTime: 1, total: 1 },
      reviews: { onTime: 1, total: 2 },
    });
  });
});
