import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeDbName, setActiveDbName } from '../active-db';
import { AppDB } from '../db';
import { readPointer } from '../pointer-db';
import { preparePointer } from '../start-db';
import { openTestDb } from '../test-db';
import { cleanUpInterruptedRestore, createBackup, restoreBackup, type BackupProgress } from './backup';
import { addStaff, approvalBy, clerk, crashAndRestart, databaseNames, forgetPointer, installBrowserShims, now, seedDatabase, snapshot, supervisor, testKeyring } from './test-support';

installBrowserShims();

const open: AppDB[] = [];
const keyring = testKeyring();
function track(db: AppDB): AppDB {
  open.push(db);
  return db;
}
beforeEach(forgetPointer);
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

/** A live database as the app has it: pointed at, with a supervisor who can approve. */
async function liveDb(): Promise<AppDB> {
  const db = track(openTestDb());
  await addStaff(db);
  setActiveDbName(db.name);
  return db;
}

describe('restoreBackup', () => {
  let original: Record<string, unknown[]>;
  let backup: Awaited<ReturnType<typeof createBackup>>;

  beforeAll(async () => {
    const db = openTestDb();
    const rows = await seedDatabase(db);
    expect(rows).toBeGreaterThanOrEqual(10_000);
    original = await snapshot(db);
    backup = await createBackup(db, { appVersion: '0.1.0', pcName: '前台电脑', now, keyring });
    await db.delete();
  });

  it('backup → wipe → restore gives identical tables: every row of every table, audit log and settings included', async () => {
    expect(backup.manifest.tables).toEqual(Object.fromEntries(Object.entries(original).map(([t, rows]) => [t, rows.length])));
    const live = await liveDb();
    const phases: BackupProgress[] = [];
    const result = await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), {
      live,
      now,
      keyring,
      fileName: backup.fileName,
      onProgress: (p) => phases.push(p),
    });
    expect(result).toEqual({ ok: true, manifest: backup.manifest });

    expect(activeDbName()).not.toBe(live.name);
    const restored = track(new AppDB(activeDbName()));
    const after = await snapshot(restored);
    const restoreEntry = after.auditLog?.pop();
    expect(after).toEqual(original);
    expect(restoreEntry).toMatchObject({
      action: 'restore',
      staffId: supervisor.staffId,
      staffName: supervisor.name,
      table: 'database',
      recordId: backup.fileName,
      at: now,
      note: approvalBy(supervisor).note,
      after: { fileName: backup.fileName, manifest: backup.manifest, approval: approvalBy(supervisor), protection: 'device', auditLost: 0, staffChanges: 0 },
    });
    // The old database is kept for 撤销上次恢复: neither the restore nor the next start deletes it.
    expect(await databaseNames()).toContain(restored.name);
    expect(await databaseNames()).toContain(live.name);
    await cleanUpInterruptedRestore();
    expect(await databaseNames()).toEqual(expect.arrayContaining([live.name, restored.name]));
    expect(await readPointer()).toMatchObject({ active: restored.name, activeOpened: false, replaced: { name: live.name, by: 'restore', at: now, fileName: backup.fileName }, staging: [] });
    const seen = [...new Set(phases.map((p) => p.phase))];
    expect(seen).toEqual(['verify', 'import', 'upgrade', 'validate', 'check', 'switch']);
    const lastImport = phases.filter((p) => p.phase === 'import').at(-1);
    expect(lastImport?.done).toBe(lastImport?.total);
  });

  it('replaces a live database that holds other data; the old one is kept, and its connection stays closed', async () => {
    const live = await liveDb();
    await seedDatabase(live, { customers: 5, calls: 5, audit: 5 });
    const result = await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true });
    expect(result.ok).toBe(true);
    const restored = track(new AppDB(activeDbName()));
    expect(await restored.customers.count()).toBe(original.customers?.length);
    await cleanUpInterruptedRestore();
    expect(await databaseNames()).toContain(live.name);
    // The old database stays closed: no late query reopens it (and writes into data no longer live).
    await expect(live.customers.count()).rejects.toThrow();
    const kept = track(new AppDB(live.name));
    expect(await kept.customers.count()).toBe(5);
  });

  it('a crash right after 恢复完成 (localStorage never written out) still starts on the complete restored data, with the old data kept', async () => {
    const live = await liveDb();
    await seedDatabase(live, { customers: 3, calls: 3, audit: 3 });
    const result = await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true });
    expect(result.ok).toBe(true);
    const restoredName = activeDbName();
    crashAndRestart();
    expect(localStorage.length).toBe(0);
    const start = await preparePointer(now + 5_000);
    expect(start).toMatchObject({ active: restoredName, deleted: [], durable: true });
    expect(activeDbName()).toBe(restoredName);
    const reopened = track(new AppDB(activeDbName()));
    expect(await reopened.customers.count()).toBe(original.customers?.length);
    expect(await databaseNames()).toEqual(expect.arrayContaining([live.name, restoredName]));
  });

  it('is refused to a role without backup.restore, and without a valid supervisor approval, writing nothing', async () => {
    const live = await liveDb();
    const names = await databaseNames();
    expect(await restoreBackup(backup.bytes, clerk, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true })).toEqual({ ok: false, reason: 'backup.error.notAllowed' });
    const inactive = { staffId: 3, name: '李强', roles: ['supervisor' as const] };
    expect(await restoreBackup(backup.bytes, supervisor, approvalBy(inactive), { live, now, keyring, acceptAuditLoss: true })).toEqual({ ok: false, reason: 'backup.error.approval' });
    const stale = approvalBy(supervisor, now - 86_400_000);
    expect(await restoreBackup(backup.bytes, supervisor, stale, { live, now, keyring, acceptAuditLoss: true })).toEqual({ ok: false, reason: 'backup.error.approval' });
    expect(await databaseNames()).toEqual(names);
    expect(activeDbName()).toBe(live.name);
  });

  it('fails at the last step (the disk is full when the pointer switches) and leaves everything as it was', async () => {
    const live = await liveDb();
    const before = await snapshot(live);
    const names = await databaseNames();
    const pointerBefore = await readPointer();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const put = IDBObjectStore.prototype.put;
    // The switch is the one pointer write that names the live database as replaced: it meets a full disk.
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'rows' && JSON.stringify(value).includes(`"replaced":{"name":"${live.name}"`)) throw new DOMException('disk full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    try {
      expect(await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true })).toEqual({ ok: false, reason: 'backup.error.storage' });
    } finally {
      full.mockRestore();
    }
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(await snapshot(live)).toEqual(before);
    expect(await databaseNames()).toEqual(names);
    expect(activeDbName()).toBe(live.name);
    expect(await readPointer()).toEqual({ ...pointerBefore, staging: [] });
  });
});
