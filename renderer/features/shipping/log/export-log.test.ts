import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { PermissionError } from '@shared/auth/permissions';
import type { AppDB } from '../../../db/db';
import { listExportRecords } from '../../../db/exports-repo';
import { openTestDb, testActor } from '../../../db/test-db';
import { exportShipmentLog } from './export-log';

const clerk = testActor(['logistics'], 3, '赵敏');
const shippedAt = new Date(2026, 10, 27, 15, 30).getTime();

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

/** One posted parcel as the repositories leave it: slip, shipping list, shipment. */
async function seedShipment() {
  const slipId = Number(await db.purchaseSlips.add({
    no: 'GX20261127-002', day: '2026-11-27', customerId: 1, orderType: 'normal', delivery: 'ship', lines: [], total: 0, remarks: '', attachments: [],
    approvals: {}, handlerId: 1, handlerName: '王丽', status: 'posted', counts: [], createdAt: shippedAt, updatedAt: shippedAt,
  }));
  await db.shippingLists.add({
    slipId, lines: [{ category: '耗材', qty: 1 }], createdAt: shippedAt, updatedAt: shippedAt,
    recipient: { name: '王五', phone: '13700137000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 18 号' },
  });
  await db.shipments.add({
    slipId, slipNo: 'GX20261127-002', customerId: 1, carrier: 'SF', trackingNo: 'SF1234567890123', shippedAt, day: '2026-11-27', status: 'shipped',
    chases: [], callbacks: [], updatedAt: shippedAt,
  });
}

describe('SHP-3 shipment log to Excel', () => {
  it('writes the day’s parcels and registers the file (REC-2)', async () => {
    await seedShipment();
    const files = new Map<string, Uint8Array>();
    const result = await exportShipmentLog(db, clerk, { writeExport: async (name, bytes) => (files.set(name, bytes), { location: `/x/${name}` }) }, '2026-11-27', 'zh-CN');
    expect(result.status).toBe('written');
    const [name, bytes] = [...files][0] ?? [];
    expect(name).toContain('2026-11-27');
    const sheet = XLSX.read(bytes).Sheets[XLSX.read(bytes).SheetNames[0] ?? ''];
    const text = JSON.stringify(XLSX.utils.sheet_to_json(sheet ?? {}, { header: 1 }));
    for (const s of ['王五', '13700137000', 'SF1234567890123', '科技园 18 号']) expect(text).toContain(s);
    expect(await listExportRecords(db)).toMatchObject([{ kind: 'shipmentLog', rangeFrom: '2026-11-27', rowCount: 1 }]);
  });

  it('writes nothing for a day without shipments, and refuses a role without export', async () => {
    const writes: string[] = [];
    expect(await exportShipmentLog(db, clerk, { writeExport: async (n) => (writes.push(n), { location: n }) }, '2026-11-26', 'zh-CN')).toEqual({ status: 'empty' });
    expect(writes).toEqual([]);
    await expect(exportShipmentLog(db, testActor([]), { writeExport: async () => null }, '2026-11-27', 'zh-CN')).rejects.toBeInstanceOf(PermissionError);
  });
});
