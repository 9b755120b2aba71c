import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from './db';
import { storesV4 } from './schema-v4';
import { storesV5 } from './schema-v5';
import { storesV6 } from './schema-v6';
import { storesV7 } from './schema-v7';
import { storesV8 } from './schema-v8';

const name = `migration-v10-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const t0 = new Date(2026, 10, 27, 8, 30).getTime();
const call = (at: number, createdAt: number) => ({ direction: 'in', at, phone: '13800138000', contact: '张伟', topic: 'repair', content: '不加热', result: '', createdAt });

describe('schema migration v8 → v10 (parts releases; calls by entry time)', () => {
  it('REV-1: a version 8 database opens with its calls kept, now findable by when they were entered', async () => {
    const v8 = new Dexie(name);
    [storesV1, storesV2, storesV3, storesV4, storesV5, storesV6, storesV7, storesV8].forEach((stores, i) => v8.version(i + 1).stores(stores));
    // Logged a week late: the call's own time is long before its entry.
    await v8.table('callLogs').bulkAdd([call(t0 - 10 * 86_400_000, t0), call(t0 - 3_600_000, t0 - 3_000_000)]);
    v8.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect(await db.callLogs.count()).toBe(2);
    expect((await db.callLogs.where('createdAt').aboveOrEqual(t0).toArray()).map((c) => c.at)).toEqual([t0 - 10 * 86_400_000]);
    expect(await db.partsReleases.count()).toBe(0);
    db.close();
  });
});
