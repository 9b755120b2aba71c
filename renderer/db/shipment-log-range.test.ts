import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Shipment } from '@shared/shipping/shipment';
import type { AppDB } from './db';
import { shipmentLogRange } from './shipment-log-range';
import { shipmentLog } from './shipments-repo';
import { openTestDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

let slipId = 0;
const shipment = (day: string, hour: number, trackingNo: string): Shipment => {
  const shippedAt = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();
  return { slipId: ++slipId, slipNo: `GX${day.replaceAll('-', '')}-00${hour}`, customerId: 1, carrier: 'SF', trackingNo, shippedAt, day, status: 'shipped', chases: [], callbacks: [], updatedAt: shippedAt };
};

describe('shipmentLogRange (SHP-3 rows for the export)', () => {
  it('gives the same rows as the day-by-day log over the range, in dispatch order', async () => {
    await db.shipments.bulkAdd([shipment('2026-11-02', 9, 'SF2'), shipment('2026-11-01', 15, 'SF1b'), shipment('2026-11-01', 8, 'SF1a'), shipment('2026-12-01', 9, 'SF3')]);
    const byDay = [...(await shipmentLog(db, '2026-11-01')), ...(await shipmentLog(db, '2026-11-02'))];
    const range = await shipmentLogRange(db, '2026-11-01', '2026-11-30');
    expect(range).toEqual(byDay);
    expect(range.map((r) => r.trackingNo)).toEqual(['SF1a', 'SF1b', 'SF2']);
    expect(await shipmentLogRange(db, '2026-11-30', '2026-11-01')).toEqual([]);
  });
});
