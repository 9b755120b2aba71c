import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from './db';
import { storesV4 } from './schema-v4';
import { storesV5 } from './schema-v5';
import { storesV6 } from './schema-v6';
import { storesV7 } from './schema-v7';
import { storesV8 } from './schema-v8';
import { shipmentForExchange, shipmentForSlip, shipmentLog } from './shipments-repo';
import { getShippingList } from './shipping-repo';
import { getExchangeShippingList } from './exchange-shipping';

const name = `migration-v9-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const recipient = { name: '张三', phone: '13800138000', province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号' };

describe('schema migration v8 → v9 (shipping lists and shipments refer to a slip or an exchange)', () => {
  it('EXC-2: a version-8 database opens with its shipping lists and shipments (slipId only) kept and found; exchange rows sit beside them', async () => {
    const v8 = new Dexie(name);
    [storesV1, storesV2, storesV3, storesV4, storesV5, storesV6, storesV7, storesV8].forEach((stores, i) => v8.version(i + 1).stores(stores));
    await v8.table('shippingLists').add({ slipId: 3, lines: [{ category: '耗材', qty: 2 }], recipient, createdAt: 1, updatedAt: 1 });
    await v8.table('shipments').add({ slipId: 3, slipNo: 'GX20261127-001', customerId: 1, carrier: 'SF', trackingNo: 'SF1', shippedAt: 1, day: '2026-11-27', status: 'shipped', chases: [], callbacks: [], updatedAt: 1, recipient, goods: [{ name: '滤芯', qty: 2 }] });
    v8.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect(await getShippingList(db, 3)).toMatchObject({ slipId: 3, recipient: { name: '张三' } });
    expect(await shipmentForSlip(db, 3)).toMatchObject({ slipNo: 'GX20261127-001' });
    // Two exchange rows without slipId do not trip the unique slipId index; the exchange index finds them.
    await db.shippingLists.bulkAdd([{ exchangeId: 1, lines: [{ category: '滤芯', qty: 1 }], recipient, createdAt: 2, updatedAt: 2 }, { exchangeId: 2, lines: [{ category: '滤芯', qty: 1 }], recipient, createdAt: 2, updatedAt: 2 }]);
    await db.shipments.add({ exchangeId: 2, slipNo: 'CK20261127-001', customerId: 1, carrier: 'SF', trackingNo: 'SF2', shippedAt: 2, day: '2026-11-27', status: 'shipped', chases: [], callbacks: [], updatedAt: 2, recipient, goods: [] });
    expect((await getExchangeShippingList(db, 2))?.exchangeId).toBe(2);
    expect((await shipmentForExchange(db, 2))?.trackingNo).toBe('SF2');
    expect((await shipmentLog(db, '2026-11-27')).map((r) => r.slipNo)).toEqual(['GX20261127-001', 'CK20261127-001']);
    db.close();
  });
});
