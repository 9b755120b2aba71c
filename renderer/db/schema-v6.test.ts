import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from './db';
import { waitingRequests } from './approval-requests-repo';
import { storesV4 } from './schema-v4';
import { storesV5 } from './schema-v5';

const name = `migration-v6-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema migration v5 → v6', () => {
  it('a version-5 database opens with its stock days kept and an empty table of waiting requests', async () => {
    const v5 = new Dexie(name);
    v5.version(1).stores(storesV1);
    v5.version(2).stores(storesV2);
    v5.version(3).stores(storesV3);
    v5.version(4).stores(storesV4);
    v5.version(5).stores(storesV5);
    await v5.table('stockDays').add({ day: '2026-11-26', status: 'settled', settlementId: 1, settledAt: 1000, settledByName: '李强' });
    v5.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect(await db.stockDays.get('2026-11-26')).toMatchObject({ status: 'settled' });
    expect(await waitingRequests(db)).toEqual([]);
    db.close();
  });
});
