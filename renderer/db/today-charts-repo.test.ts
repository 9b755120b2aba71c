import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallLogInput } from '@shared/domain/call-log';
import type { Shipment } from '@shared/shipping/shipment';
import { request } from '@shared/service/test-fixtures';
import { createCallLog } from './call-logs-repo';
import { openStockWorld, type StockWorld } from './test-stock';
import { callsPerDay, outstandingWeekly, serviceByCategory, shipmentsPerDay, stockAlertsWeekly } from './today-charts-repo';

let w: StockWorld;
const day = 86_400_000;
beforeEach(async () => {
  w = await openStockWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const call = (at: number): CallLogInput => ({ direction: 'in', at, phone: '13800138000', contact: '张伟', topic: 'consult', content: '咨询滤芯价格', result: '' });
const ship = (slipId: number, dayIso: string): Shipment => ({
  slipId, slipNo: `GX${slipId}`, customerId: 1, carrier: 'SF', trackingNo: `SF${slipId}`, shippedAt: w.t0, day: dayIso, status: 'shipped', chases: [], callbacks: [], updatedAt: w.t0,
});

describe('Today charts', () => {
  it('calls per day for the last 30 days, today last; older calls left out', async () => {
    for (const at of [w.t0, w.t0 - 60_000, w.t0 - day, w.t0 - 29 * day, w.t0 - 30 * day]) await createCallLog(w.db, w.clerk, call(at));
    const s = await callsPerDay(w.db, w.day);
    expect(s.labels).toHaveLength(30);
    expect([s.labels[0], s.labels[29]]).toEqual(['2026-10-29', '2026-11-27']);
    expect([s.counts[29], s.counts[28], s.counts[0]]).toEqual([2, 1, 1]);
    expect(s.counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('shipments per dispatch day', async () => {
    await w.db.shipments.bulkAdd([ship(1, '2026-11-27'), ship(2, '2026-11-27'), ship(3, '2026-11-20'), ship(4, '2026-10-01')]);
    const s = await shipmentsPerDay(w.db, w.day);
    expect(s.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(s.counts[29]).toBe(2);
  });

  it('service requests of the last 90 days by product category', async () => {
    const filter = await w.product('LX', { category: '滤芯' });
    const unit = await w.product('ZJ', { category: '设备' });
    const rows = [
      request({ no: 'FW1', productId: filter }),
      request({ no: 'FW2', productId: filter }),
      request({ no: 'FW3', productId: unit }),
      request({ no: 'FW4' }),
      request({ no: 'FW5', productId: unit, createdAt: w.t0 - 100 * day }),
    ].map(({ id: _id, ...r }) => r);
    await w.db.serviceRequests.bulkAdd(rows);
    expect(await serviceByCategory(w.db, w.day)).toEqual([
      { key: '滤芯', count: 2 },
      { key: '', count: 1 },
      { key: '设备', count: 1 },
    ]);
  });

  it('outstanding issues opened and closed per week (Monday first)', async () => {
    const base = { description: '漏水', source: { kind: 'serviceReports' as const, id: 1 }, ownerId: 1, dueDate: w.day, sourceKey: 'serviceReports:1' };
    await w.db.outstandingIssues.bulkAdd([
      { ...base, status: 'open', createdAt: w.t0 },
      { ...base, status: 'closed', createdAt: w.t0 - 7 * day, closedAt: w.t0 - day, resolution: '已修' },
      { ...base, status: 'closed', createdAt: w.t0 - 200 * day, closedAt: w.t0 - 8 * day, resolution: '已修' },
    ]);
    const s = await outstandingWeekly(w.db, w.day);
    expect(s.labels.at(-1)).toBe('2026-11-23');
    expect([s.opened.at(-1), s.opened.at(-2)]).toEqual([1, 1]);
    expect([s.closed.at(-1), s.closed.at(-2)]).toEqual([1, 1]);
  });

  it('IN-1: stock alerts raised per week', async () => {
    const a = await w.product('A', { safetyStock: 5 });
    await w.receive([[a, 3]]);
    const s = await stockAlertsWeekly(w.db, w.day);
    expect(s.counts.reduce((x, y) => x + y, 0)).toBe(1);
    expect(s.counts.at(-1)).toBe(1);
  });
});
