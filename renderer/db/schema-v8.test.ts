import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from './db';
import { storesV4 } from './schema-v4';
import { storesV5 } from './schema-v5';
import { storesV6 } from './schema-v6';
import { storesV7 } from './schema-v7';
import { faultyBalances, listStockLevels, stockOnHand } from './stock-repo';

const name = `migration-v8-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema migration v7 → v8 (faulty stock and scraps)', () => {
  it('a version-7 database opens with its products, movements and balances kept; every existing balance is sellable stock', async () => {
    const v7 = new Dexie(name);
    [storesV1, storesV2, storesV3, storesV4, storesV5, storesV6, storesV7].forEach((stores, i) => v7.version(i + 1).stores(stores));
    await v7.table('products').add({ id: 1, code: 'LX-PP', name: 'PP棉滤芯', searchKeys: ['lx-pp'], category: '', spec: '', unit: '支', price: 0, location: 'B-01', safetyStock: 0,
      serialTracked: false, active: true, isSet: false, components: [], selfPickupOnly: false, needsLeaderSignOff: false, isTestChamber: false, createdAt: 1, updatedAt: 1 });
    await v7.table('movements').add({ docNo: 'RK20261127-001', kind: 'receive', at: 1, day: '2026-11-27', handlerId: 1, handlerName: '李强', lines: [{ productId: 1, qty: 9 }], productIds: [1] });
    await v7.table('stockBalances').add({ productId: 1, onHand: 9 });
    v7.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect(await stockOnHand(db, 1)).toBe(9);
    expect(await faultyBalances(db)).toEqual(new Map());
    expect((await listStockLevels(db)).map((l) => [l.product.code, l.onHand, l.faulty])).toEqual([['LX-PP', 9, 0]]);
    expect(await db.movements.count()).toBe(1);
    expect(await db.scraps.count()).toBe(0);
    db.close();
  });
});
