import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schemaVersion, storesV1, type AppDB } from '../db';
import { openTestDb } from '../test-db';
import { backupBeforeUpgrade, inspectBackup, lastBackupInfo, markBackupWritten, runAutoBackup, runAutoBackupIfDue, type BackupPlatform } from './backup';
import { createKeyring } from './keyring';
import { memoryDeviceKeys } from './memory-device-keys';
import { installBrowserShims, now, seedDatabase, testKeyring } from './test-support';

installBrowserShims();

const dayMs = 86_400_000;
const cleanup: Dexie[] = [];
const device = memoryDeviceKeys();
const thisPc = createKeyring(device, testKeyring().keys);
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

function testDb(): AppDB {
  const db = openTestDb();
  cleanup.push(db);
  return db;
}

/** The platform's automatic backup folder, in memory. */
function fakePlatform(kind: 'electron' | 'browser' = 'electron') {
  const files = new Map<string, Uint8Array>();
  const platform: BackupPlatform = {
    kind,
    writeAutoBackup: async (fileName, bytes) => {
      if (kind === 'browser') return null;
      files.set(fileName, bytes.slice());
      return { location: `C:\\Users\\前台\\AppData\\Roaming\\售后服务中心\\backups\\${fileName}` };
    },
    appVersion: async () => '0.2.0',
    pcName: async () => 'FRONTDESK-PC',
    backupDeviceKeys: () => (kind === 'electron' ? device : null),
  };
  return { platform, files };
}

describe('automatic backups', () => {
  it('runs at the first start of each calendar day, records where it went, and writes a sound file', async () => {
    const db = testDb();
    await seedDatabase(db, { customers: 10, calls: 20, audit: 5 });
    await db.settings.delete('lastBackupAt');
    const { platform, files } = fakePlatform();
    expect(await lastBackupInfo(db)).toEqual({ at: null, file: null });

    const first = await runAutoBackupIfDue(db, platform, now);
    expect(first).toMatchObject({ status: 'written', fileName: '售后服务中心-备份-2026-11-27-093000.shbk' });
    expect(files.size).toBe(1);
    const written = [...files.values()][0] ?? new Uint8Array();
    const inspected = await inspectBackup(written, { keyring: thisPc, live: db });
    expect(inspected.ok && inspected.manifest).toMatchObject({ appVersion: '0.2.0', pcName: 'FRONTDESK-PC', createdAt: now });
    expect(await lastBackupInfo(db)).toEqual({ at: now, file: first.status === 'written' ? first.location : '' });

    expect(await runAutoBackupIfDue(db, platform, now + 3 * 3600_000)).toEqual({ status: 'skipped', reason: 'notDue' });
    expect((await runAutoBackupIfDue(db, platform, now + dayMs)).status).toBe('written');
    expect(files.size).toBe(2);
  });

  it('a manual backup does not stand in for the daily one (the daily file goes to the backup folder)', async () => {
    const db = testDb();
    await markBackupWritten(db, { at: now, file: 'D:\\U盘\\备份.shbk' });
    expect((await lastBackupInfo(db)).file).toBe('D:\\U盘\\备份.shbk');
    expect((await runAutoBackupIfDue(db, fakePlatform().platform, now + 60_000)).status).toBe('written');
  });

  it('is skipped in browser mode, where there is no backup folder', async () => {
    const db = testDb();
    const { platform, files } = fakePlatform('browser');
    expect(await runAutoBackupIfDue(db, platform, now)).toEqual({ status: 'skipped', reason: 'browser' });
    expect(await runAutoBackup(db, platform, now)).toEqual({ status: 'skipped', reason: 'browser' });
    expect(files.size).toBe(0);
  });

  it('reports a failed write and does not record a backup that did not happen', async () => {
    const db = testDb();
    const { platform } = fakePlatform();
    platform.writeAutoBackup = () => Promise.reject(new Error('磁盘已满'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runAutoBackup(db, platform, now)).toEqual({ status: 'failed', message: '磁盘已满' });
    vi.restoreAllMocks();
    expect(await lastBackupInfo(db)).toEqual({ at: null, file: null });
  });
});

describe('backupBeforeUpgrade', () => {
  it('backs up a database stored at an older version as it is, without upgrading it', async () => {
    const old = new Dexie(`v1-${crypto.randomUUID()}`);
    cleanup.push(old);
    old.version(1).stores(storesV1);
    await old.table('customers').add({ name: '老客户', phones: [], searchKeys: [], createdAt: now, updatedAt: now });
    old.close();
    const { platform, files } = fakePlatform();

    const result = await backupBeforeUpgrade(platform, { name: old.name, now });
    expect(result.status).toBe('written');
    const inspected = await inspectBackup([...files.values()][0] ?? new Uint8Array(), { keyring: thisPc, live: testDb() });
    expect(inspected.ok && inspected.manifest).toMatchObject({ schemaVersion: 1, tables: { customers: 1, callLogs: 0, settings: 0, exports: 0 } });
    const stillOld = new Dexie(old.name);
    await stillOld.open();
    expect(stillOld.verno).toBe(1);
    stillOld.close();
  });

  it('skips a database already at this version, a first start, and browser mode', async () => {
    const current = testDb();
    await current.open();
    current.close();
    const { platform, files } = fakePlatform();
    expect(await backupBeforeUpgrade(platform, { name: current.name, now })).toEqual({ status: 'skipped', reason: 'current' });
    expect(await backupBeforeUpgrade(platform, { name: `missing-${crypto.randomUUID()}`, now })).toEqual({ status: 'skipped', reason: 'fresh' });
    expect(await backupBeforeUpgrade(fakePlatform('browser').platform, { name: current.name, now })).toEqual({ status: 'skipped', reason: 'browser' });
    expect(await backupBeforeUpgrade(platform, { name: current.name, now, currentVersion: schemaVersion + 1 })).toMatchObject({ status: 'written' });
    expect(files.size).toBe(1);
  });
});
