import { Dexie } from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keepReplacedMs } from '@shared/backup/db-pointer';
import { activeDbName, setActiveDbName } from '../active-db';
import { AppDB } from '../db';
import { readPointer } from '../pointer-db';
import { preparePointer } from '../start-db';
import { createBackup, restoreBackup } from './backup';
import { listLeftovers, removeLeftover } from './leftovers';
import { addStaff, approvalBy, clerk, crashAndRestart, databaseNames, forgetPointer, installBrowserShims, now, seedDatabase, supervisor, testKeyring } from './test-support';

const keyring = testKeyring();
import { confirmLastRestore, lastRestore, undoLastRestore } from './undo-restore';

installBrowserShims();

let backup: Awaited<ReturnType<typeof createBackup>>;
const made: string[] = [];

beforeAll(async () => {
  const source = new AppDB(`source-${crypto.randomUUID()}`);
  await seedDatabase(source, { customers: 8, calls: 8, audit: 8 });
  backup = await createBackup(source, { appVersion: '0.1.0', pcName: 'PC', now, keyring });
  await source.delete();
});
beforeEach(forgetPointer);
afterEach(async () => {
  for (const name of made.splice(0)) await Dexie.delete(name);
});

/** The live data (3 customers), restored over from the backup (8 customers): returns both databases, the restored one open. */
async function restored(): Promise<{ old: AppDB; live: AppDB }> {
  const old = new AppDB(`shouhou-center-${crypto.randomUUID()}`);
  made.push(old.name);
  await addStaff(old);
  await old.customers.bulkAdd([1, 2, 3].map((i) => ({ name: `旧客户${i}`, phones: [], searchKeys: [], type: 'ordinary' as const, addresses: [], isKey: false, createdAt: now, updatedAt: now })));
  setActiveDbName(old.name);
  expect(await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live: old, now, fileName: '备份.shbk', keyring, acceptAuditLoss: true })).toMatchObject({ ok: true });
  made.push(activeDbName());
  return { old, live: new AppDB(activeDbName()) };
}

describe('撤销上次恢复', () => {
  it('is offered after a restore with what an undo would drop, and switches back durably with its audit entry in the old data', async () => {
    const { old, live } = await restored();
    await live.transaction('rw', live.auditLog, () => live.auditLog.add({ at: now + 1000, staffId: 1, staffName: supervisor.name, action: 'create', table: 'customers', recordId: '99' }));
    expect(await lastRestore(live, now + 2000)).toEqual({ at: now, fileName: '备份.shbk', keptUntil: now + keepReplacedMs, actionsSince: 1 });

    const at = now + 60_000;
    expect(await undoLastRestore(supervisor, approvalBy(supervisor, at), { live, now: at })).toEqual({ ok: true });
    expect(activeDbName()).toBe(old.name);
    expect(await readPointer()).toMatchObject({ active: old.name, replaced: { name: live.name, by: 'undo' } });
    await expect(live.customers.count()).rejects.toThrow(); // the restored data's connection is closed for good

    crashAndRestart();
    expect((await preparePointer(at + 1)).active).toBe(old.name);
    const back = new AppDB(activeDbName());
    expect(await back.customers.count()).toBe(3);
    expect(await back.auditLog.orderBy('id').last()).toMatchObject({
      action: 'undoRestore',
      table: 'database',
      recordId: '备份.shbk',
      staffId: supervisor.staffId,
      after: { fileName: '备份.shbk', restoredAt: now, approvedBy: supervisor.name },
    });
    back.close();
    // Nothing more to undo, and the restored copy is kept until a start after the old data opened again.
    expect(await lastRestore(back, at + 2)).toBeNull();
    expect(await databaseNames()).toContain(live.name);
  });

  it('is refused without the role, without a fresh supervisor signature, and after a week; nothing changes', async () => {
    const { live } = await restored();
    const before = await readPointer();
    expect(await undoLastRestore(clerk, approvalBy(supervisor), { live, now })).toEqual({ ok: false, reason: 'backup.error.notAllowed' });
    expect(await undoLastRestore(supervisor, approvalBy(supervisor, now - 86_400_000), { live, now })).toEqual({ ok: false, reason: 'backup.error.approval' });
    const late = now + keepReplacedMs;
    expect(await undoLastRestore(supervisor, approvalBy(supervisor, late), { live, now: late })).toEqual({ ok: false, reason: 'restoreUndo.error.none' });
    expect(await readPointer()).toEqual(before);
    live.close();
  });

  it('says so when the data from before the restore is no longer there', async () => {
    const { old, live } = await restored();
    await Dexie.delete(old.name);
    expect(await undoLastRestore(supervisor, approvalBy(supervisor), { live, now })).toEqual({ ok: false, reason: 'restoreUndo.error.missing' });
    expect(activeDbName()).toBe(live.name);
    live.close();
  });
});

describe('确认恢复无误', () => {
  it('records the confirmation and lets the old data go at the next start once the restored data has opened', async () => {
    const { old, live } = await restored();
    expect(await confirmLastRestore(supervisor, approvalBy(supervisor), { live, now })).toEqual({ ok: true });
    expect(await live.auditLog.orderBy('id').last()).toMatchObject({ action: 'confirmRestore', table: 'database', after: { approvedBy: supervisor.name } });
    expect(await lastRestore(live, now)).toBeNull();
    live.close();
    crashAndRestart();
    expect((await preparePointer(now + 1)).deleted).toEqual([]); // the restored data has not opened at a start yet
    expect(await databaseNames()).toContain(old.name);
  });
});

describe('未使用的数据副本', () => {
  it('lists copies the app made that are neither live nor kept for undo, and a supervisor deletes one, audited', async () => {
    const { old, live } = await restored();
    const stray = new Dexie(`shouhou-center-${now.toString(36)}-x1y2z3`);
    stray.version(1).stores({ customers: '++id' });
    await stray.table('customers').bulkAdd([{ name: 'a' }, { name: 'b' }]);
    stray.close();
    const foreign = new Dexie('another-app-db');
    foreign.version(1).stores({ t: '++id' });
    await foreign.table('t').add({});
    foreign.close();
    made.push(stray.name, foreign.name);

    const listed = await listLeftovers();
    expect(listed).toEqual([{ name: stray.name, createdAt: now, rows: 2 }]);
    expect(listed.map((c) => c.name)).not.toContain(old.name); // kept for undo

    expect(await removeLeftover(clerk, stray.name, { live, now })).toEqual({ ok: false, reason: 'backup.error.notAllowed' });
    expect(await removeLeftover(supervisor, old.name, { live, now })).toEqual({ ok: false, reason: 'restoreUndo.error.none' });
    expect(await removeLeftover(supervisor, live.name, { live, now })).toEqual({ ok: false, reason: 'restoreUndo.error.none' });
    expect(await removeLeftover(supervisor, stray.name, { live, now })).toEqual({ ok: true });
    expect(await databaseNames()).not.toContain(stray.name);
    expect(await databaseNames()).toEqual(expect.arrayContaining([old.name, live.name, foreign.name]));
    expect(await live.auditLog.orderBy('id').last()).toMatchObject({ action: 'remove', table: 'database', recordId: stray.name, before: { rows: 2 } });
    expect(await listLeftovers()).toEqual([]);
    live.close();
  });
});
