import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { activeDbName, setActiveDbName } from '../active-db';
import { AppDB, schemaVersion, storesV1 } from '../db';
import { openTestDb } from '../test-db';
import { createBackup, inspectBackup, restoreBackup } from './backup';
import { cleanUpInterruptedRestore, startStaging } from './staging';
import { readPointer, updatePointer } from '../pointer-db';
import { addStaff, approvalBy, crashAndRestart, databaseNames, forgetPointer, installBrowserShims, now, snapshot, supervisor, testKeyring } from './test-support';

installBrowserShims();

const cleanup: Dexie[] = [];
const keyring = testKeyring();
afterEach(async () => {
  // Through the instance: it closes its own connection first, so the delete is not held up.
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

/** A database exactly as version 1 (issue 2) shipped it, with some data. */
async function versionOneDb(): Promise<Dexie> {
  const db = new Dexie(`v1-${crypto.randomUUID()}`);
  cleanup.push(db);
  db.version(1).stores(storesV1);
  await db.table('customers').bulkAdd(
    Array.from({ length: 300 }, (_, i) => ({ name: `客户${i}`, phones: [`1380000${String(i).padStart(4, '0')}`], searchKeys: [`客户${i}`], createdAt: now - i, updatedAt: now - i })),
  );
  await db.table('callLogs').bulkAdd(
    Array.from({ length: 700 }, (_, i) => ({ direction: 'in', at: now - i * 60_000, phone: '13800000000', contact: '张先生', topic: 'consult', content: `咨询 ${i}`, result: '已解答', createdAt: now - i, customerId: (i % 300) + 1 })),
  );
  await db.table('settings').bulkPut([{ key: 'lang', value: 'en' }, { key: 'firstRunDone', value: true }]);
  return db;
}

describe('a backup from an older schema', () => {
  it('restores a version-1 backup and the normal migrations upgrade it: the same data as upgrading that database in place', async () => {
    const v1 = await versionOneDb();
    const backup = await createBackup(v1, { appVersion: '0.1.0', pcName: 'OLD-PC', now, keyring });
    expect(backup.manifest.schemaVersion).toBe(1);
    expect(backup.manifest.tables).toEqual({ customers: 300, callLogs: 700, settings: 2, exports: 0 });
    v1.close();
    // What the app's own migrations make of this data when they upgrade the database where it is.
    const inPlace = new AppDB(v1.name);
    const expected = await snapshot(inPlace);
    inPlace.close();

    const live = openTestDb();
    cleanup.push(live);
    await addStaff(live);
    setActiveDbName(live.name);
    expect((await inspectBackup(backup.bytes, { keyring, live })).ok).toBe(true);
    const result = await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, fileName: backup.fileName, keyring });
    expect(result.ok).toBe(true);

    const restored = new AppDB(activeDbName());
    cleanup.push(restored);
    await restored.open();
    expect(restored.verno).toBe(schemaVersion);
    const after = await snapshot(restored);
    const restoreEntry = after.auditLog?.pop();
    expect(after).toEqual(expected);
    expect(after.callLogs).toHaveLength(700);
    expect(restoreEntry).toMatchObject({ action: 'restore', staffId: supervisor.staffId, recordId: backup.fileName });
  });
});

describe('a restore cut short by a crash', () => {
  it('leaves a durable record, and the next start deletes the half-imported database', async () => {
    await forgetPointer();
    const live = openTestDb();
    cleanup.push(live);
    setActiveDbName(live.name);
    await live.open();
    const staging = new Dexie(`shouhou-center-crashed-${crypto.randomUUID()}`);
    await startStaging(staging.name);
    staging.version(1).stores({ customers: '++id' });
    await staging.table('customers').add({ name: '半截' });
    staging.close();

    crashAndRestart();
    expect(await cleanUpInterruptedRestore()).toEqual([staging.name]);
    expect(await databaseNames()).not.toContain(staging.name);
    expect(await databaseNames()).toContain(live.name);
    expect(await cleanUpInterruptedRestore()).toEqual([]);
  });

  it('never deletes the live database, even when a staging record names it (the switch happened, the record stayed)', async () => {
    await forgetPointer();
    const live = openTestDb();
    cleanup.push(live);
    await live.open();
    await updatePointer((s) => ({ ...s, active: live.name }));
    await startStaging(live.name);
    crashAndRestart();
    expect(await cleanUpInterruptedRestore()).toEqual([]);
    expect(await databaseNames()).toContain(live.name);
    expect((await readPointer()).staging).toEqual([]);
  });
});
