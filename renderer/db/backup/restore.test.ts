import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { activeDbName, setActiveDbName } from '../active-db';
import { AppDB } from '../db';
import { openTestDb } from '../test-db';
import { cleanUpInterruptedRestore, createBackup, restoreBackup, type BackupProgress } from './backup';
import { addStaff, approvalBy, clerk, databaseNames, installBrowserShims, now, seedDatabase, snapshot, supervisor, testKeyring } from './test-support';

installBrowserShims();

const open: AppDB[] = [];
const keyring = testKeyring();
function track(db: AppDB): AppDB {
  open.push(db);
  return db;
}
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
    // The old database stays until the next start has read the new pointer back; then it is removed.
    expect(await databaseNames()).toContain(restored.name);
    expect(await databaseNames()).toContain(live.name);
    await cleanUpInterruptedRestore();
    expect(await databaseNames()).not.toContain(live.name);
    expect(await databaseNames()).toContain(restored.name);
    const seen = [...new Set(phases.map((p) => p.phase))];
    expect(seen).toEqual(['verify', 'import', 'upgrade', 'check', 'switch']);
    const lastImport = phases.filter((p) => p.phase === 'import').at(-1);
    expect(lastImport?.done).toBe(lastImport?.total);
  });

  it('replaces a live database that holds other data, and the old database is deleted at the next start', async () => {
    const live = await liveDb();
    await seedDatabase(live, { customers: 5, calls: 5, audit: 5 });
    const result = await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true });
    expect(result.ok).toBe(true);
    const restored = track(new AppDB(activeDbName()));
    expect(await restored.customers.count()).toBe(original.customers?.length);
    await cleanUpInterruptedRestore();
    expect(await databaseNames()).not.toContain(live.name);
    // The old database stays closed: no late query reopens (and so recreates) it.
    await expect(live.customers.count()).rejects.toThrow();
  });

  it('a power cut before the new pointer reached the disk leaves the old database, which still opens', async () => {
    const live = await liveDb();
    await seedDatabase(live, { customers: 3, calls: 3, audit: 3 });
    const oldName = live.name;
    const result = await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true });
    expect(result.ok).toBe(true);
    // Simulate the lost localStorage write: the pointer still names the old database at the next start.
    setActiveDbName(oldName);
    await cleanUpInterruptedRestore();
    const reopened = track(new AppDB(activeDbName()));
    expect(await reopened.customers.count()).toBe(3);
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

  it('fails at the last step (the pointer cannot be written) and leaves everything as it was', async () => {
    const live = await liveDb();
    const before = await snapshot(live);
    const names = await databaseNames();
    const storage = globalThis.localStorage;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    Object.assign(globalThis, { localStorage: undefined });
    try {
      expect(await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptAuditLoss: true })).toEqual({ ok: false, reason: 'backup.error.failed' });
    } finally {
      Object.assign(globalThis, { localStorage: storage });
    }
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(await snapshot(live)).toEqual(before);
    expect(await databaseNames()).toEqual(names);
    expect(activeDbName()).toBe(live.name);
  });
});
