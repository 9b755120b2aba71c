import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepReplacedMs } from '@shared/backup/db-pointer';
import { activeDbName, setActiveDbName } from './active-db';
import { createBackup, restoreBackup } from './backup/backup';
import { startStaging } from './backup/staging';
import { addStaff, approvalBy, crashAndRestart, databaseNames, forgetPointer, installBrowserShims, now, seedDatabase, supervisor, testKeyring } from './backup/test-support';

const keyring = testKeyring();
import { AppDB } from './db';
import { readPointer } from './pointer-db';
import { openLiveDb, preparePointer } from './start-db';

installBrowserShims();

const day = 86_400_000;
const made: Dexie[] = [];

async function dataDb(name: string, customers: number): Promise<AppDB> {
  const db = new AppDB(name);
  made.push(db);
  await addStaff(db);
  await db.customers.bulkAdd(Array.from({ length: customers }, (_, i) => ({ name: `客户${i}`, phones: [], searchKeys: [], type: 'ordinary' as const, addresses: [], isKey: false, createdAt: now, updatedAt: now })));
  db.close();
  return db;
}

beforeEach(forgetPointer);
afterEach(async () => {
  for (const db of made.splice(0)) await Dexie.delete(db.name);
});

describe('an install whose pointer is still in localStorage (an older version)', () => {
  it('keeps opening its data: the pointer moves into the pointer database, and the copy its last restore replaced is kept, not deleted', async () => {
    const live = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 4);
    const retired = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 2);
    localStorage.setItem('shouhou-center.activeDb', live.name);
    localStorage.setItem('shouhou-center.retired', retired.name);

    const start = await preparePointer(now);
    expect(start).toMatchObject({ active: live.name, deleted: [], durable: true });
    expect(activeDbName()).toBe(live.name);
    expect(await databaseNames()).toEqual(expect.arrayContaining([live.name, retired.name]));
    expect(await readPointer()).toMatchObject({ active: live.name, replaced: { name: retired.name, by: 'restore' } });
    // The old markers are gone: an older version installed again would not act on them twice.
    expect(localStorage.getItem('shouhou-center.retired')).toBeNull();

    crashAndRestart(); // localStorage lost as well: the pointer database alone still says where the data is
    expect((await preparePointer(now + 1)).active).toBe(live.name);
  });

  it('an older version’s interrupted restore (its localStorage marker) is cleaned up like one of ours', async () => {
    const live = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 1);
    const half = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 1);
    localStorage.setItem('shouhou-center.activeDb', live.name);
    localStorage.setItem('shouhou-center.restoring', half.name);
    expect((await preparePointer(now)).deleted).toEqual([half.name]);
    expect(await databaseNames()).toContain(live.name);
  });

  it('a fresh install opens the default database and deletes nothing', async () => {
    const start = await preparePointer(now);
    expect(start).toEqual({ active: 'shouhou-center', deleted: [], fellBack: false, durable: true });
  });
});

describe('what a start deletes', () => {
  it('never a database the pointer does not prove replaced, even one named like a staging copy', async () => {
    const live = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 1);
    const stray = await dataDb('shouhou-center-mwxyz12-abc123', 1);
    setActiveDbName(live.name);
    localStorage.setItem('shouhou-center.activeDb', live.name);
    expect((await preparePointer(now)).deleted).toEqual([]);
    crashAndRestart();
    expect((await preparePointer(now + 30 * day)).deleted).toEqual([]);
    expect(await databaseNames()).toEqual(expect.arrayContaining([live.name, stray.name]));
  });

  it('a staging copy whose delete is blocked (still open somewhere) stays recorded and goes at the next start', async () => {
    const live = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 1);
    localStorage.setItem('shouhou-center.activeDb', live.name);
    await preparePointer(now);
    const stagingName = `shouhou-center-${crypto.randomUUID()}`;
    await startStaging(stagingName, now);
    const holder = new Dexie(stagingName);
    holder.version(1).stores({ customers: '++id' });
    await holder.table('customers').add({ name: '半截' });
    // A connection that ignores the delete request keeps it blocked.
    holder.on('versionchange', () => false);
    crashAndRestart();
    expect((await preparePointer(now + 1, { deleteWaitMs: 200 })).deleted).toEqual([]);
    expect((await readPointer()).staging.map((s) => s.name)).toEqual([stagingName]);
    holder.close();
    crashAndRestart();
    expect((await preparePointer(now + 2)).deleted).toEqual([stagingName]);
    expect((await readPointer()).staging).toEqual([]);
    expect(await databaseNames()).not.toContain(stagingName);
  });

  it('leaves the pointer alone and deletes nothing when the pointer database cannot be read', async () => {
    const live = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 1);
    localStorage.setItem('shouhou-center.activeDb', live.name);
    await preparePointer(now);
    await startStaging(`shouhou-center-${crypto.randomUUID()}`, now);
    crashAndRestart();
    localStorage.setItem('shouhou-center.activeDb', live.name);
    const get = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(() => {
      throw new DOMException('unreadable', 'UnknownError');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await preparePointer(now + 1)).toEqual({ active: live.name, deleted: [], fellBack: false, durable: false });
    } finally {
      get.mockRestore();
      vi.restoreAllMocks();
    }
  });
});

describe('the database a restore replaced', () => {
  it('is deleted only at a start after the restored one opened, once a week has passed', async () => {
    const source = new AppDB(`source-${crypto.randomUUID()}`);
    made.push(source);
    await seedDatabase(source, { customers: 6, calls: 6, audit: 6 });
    const backup = await createBackup(source, { appVersion: '0.1.0', pcName: 'PC', now, keyring });
    const live = await dataDb(`shouhou-center-${crypto.randomUUID()}`, 2);
    await live.open();
    localStorage.setItem('shouhou-center.activeDb', live.name);
    await preparePointer(now);
    expect(await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true })).toMatchObject({ ok: true });
    const restored = activeDbName();
    made.push(new AppDB(restored));

    // Even a week later, the first start after the switch deletes nothing: the restored one never opened yet.
    crashAndRestart();
    expect((await preparePointer(now + keepReplacedMs + 1)).deleted).toEqual([]);
    await openLiveDb(); // this start opens and reads the restored data
    expect(await readPointer()).toMatchObject({ active: restored, activeOpened: true, replaced: { name: live.name } });

    crashAndRestart();
    expect((await preparePointer(now + keepReplacedMs + 2)).deleted).toEqual([live.name]);
    expect(await databaseNames()).toContain(restored);
    expect(await databaseNames()).not.toContain(live.name);
  });
});
