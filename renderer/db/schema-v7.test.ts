import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Shipment } from '@shared/shipping/shipment';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from './db';
import { storesV4 } from './schema-v4';
import { storesV5 } from './schema-v5';
import { storesV6 } from './schema-v6';
import { shipmentsNeedingOutstandingIssue } from './shipments-repo';

const name = `migration-v7-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const t0 = new Date(2026, 10, 27, 8, 30).getTime();
const shipment = (slipId: number, over: Partial<Shipment> = {}): Shipment => ({
  slipId, slipNo: `GX${slipId}`, customerId: 1, carrier: 'SF', trackingNo: `SF${slipId}`, shippedAt: t0, day: '2026-11-27',
  status: 'shipped', chases: [], callbacks: [], updatedAt: t0, ...over,
});
const problem = { status: 'exception' as const, exception: { at: t0, note: '外箱破损' }, needsOutstandingIssue: true };

describe('schema migration v6 → v7 (SHP-5: callback problems waiting for their outstanding issue)', () => {
  it('SHP-5: the problems already on file are indexed by the upgrade; a lost parcel (plain exception) is not', async () => {
    const v6 = new Dexie(name);
    [storesV1, storesV2, storesV3, storesV4, storesV5, storesV6].forEach((stores, i) => v6.version(i + 1).stores(stores));
    await v6.table('shipments').bulkAdd([shipment(1, problem), shipment(2, { status: 'exception', exception: { at: t0, note: '丢件' } }), shipment(3)]);
    v6.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect((await shipmentsNeedingOutstandingIssue(db)).map((s) => s.slipId)).toEqual([1]);
    db.close();
  });

  it('SHP-5: every write keeps the index in step, and readers never see the key', async () => {
    const db = new AppDB(name);
    const id = await db.shipments.add(shipment(1));
    expect(await shipmentsNeedingOutstandingIssue(db)).toEqual([]);
    await db.shipments.put({ ...shipment(1, problem), id });
    const waiting = await shipmentsNeedingOutstandingIssue(db);
    expect(waiting.map((s) => s.id)).toEqual([id]);
    expect(Object.keys(waiting[0] ?? {})).not.toContain('issuePending');
    expect(Object.keys((await db.shipments.get(id)) ?? {})).not.toContain('issuePending');
    // Linked to its outstanding issue: the flag goes, and so does the index key.
    const { needsOutstandingIssue: _done, ...linked } = shipment(1, problem);
    await db.shipments.put({ ...linked, exception: { at: t0, note: '外箱破损', outstandingIssueId: 7 }, id });
    expect(await shipmentsNeedingOutstandingIssue(db)).toEqual([]);
    await db.shipments.update(id, { needsOutstandingIssue: true });
    expect((await shipmentsNeedingOutstandingIssue(db)).map((s) => s.id)).toEqual([id]);
    db.close();
  });
});
