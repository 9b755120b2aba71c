import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from './db';
import { listReviewQueue } from './reviews-repo';
import { storesV4 } from './schema-v4';
import { storesV5 } from './schema-v5';

const name = `migration-v5-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const call = (createdAt: number, voided = false) => ({
  direction: 'in', at: createdAt, phone: '13800138000', contact: '张伟', topic: 'repair', content: '不加热', result: '', createdAt,
  ...(voided ? { voided: { at: createdAt, byId: 1, byName: '张主管', reason: '重复', approval: { supervisorId: 1, supervisorName: '张主管', at: createdAt, note: '' } } } : {}),
});

describe('schema migration v4 → v5', () => {
  it('REV-1: the calls already on file enter the review queue (voided ones excepted), oldest first', async () => {
    const v4 = new Dexie(name);
    v4.version(1).stores(storesV1);
    v4.version(2).stores(storesV2);
    v4.version(3).stores(storesV3);
    v4.version(4).stores(storesV4);
    await v4.table('callLogs').bulkAdd([call(3000), call(1000), call(2000, true)]);
    v4.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    for (const t of Object.keys(storesV5).filter((t) => t !== 'reviewQueue')) expect(await db.table(t).count(), t).toBe(0);
    const page = await listReviewQueue(db, { now: 5000 });
    expect(page.entries.map((e) => [e.item.kind, e.item.recordId, e.item.createdAt])).toEqual([['callLogs', 2, 1000], ['callLogs', 1, 3000]]);
    expect(page.entries[0]?.record?.kind).toBe('callLogs');
    db.close();
  });
});
