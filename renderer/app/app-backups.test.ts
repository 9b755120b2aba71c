import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '../db/db';
import { createKeyring, inspectBackup, lastBackupInfo, type BackupPlatform } from '../db/backup/backup';
import { memoryDeviceKeys } from '../db/backup/memory-device-keys';
import { installBrowserShims, testKeyring } from '../db/backup/test-support';
import { openTestDb } from '../db/test-db';
import { installQuitBackup, resetDailyBackupCheck, runDailyBackupOnce } from './app-backups';

installBrowserShims();

const dbs: AppDB[] = [];
const device = memoryDeviceKeys();
const thisPc = createKeyring(device, testKeyring().keys);
afterEach(async () => {
  resetDailyBackupCheck();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function testDb(): AppDB {
  const db = openTestDb();
  dbs.push(db);
  return db;
}

function fakePlatform(kind: 'electron' | 'browser') {
  const written: { fileName: string; bytes: Uint8Array }[] = [];
  const platform: BackupPlatform = {
    kind,
    writeAutoBackup: async (fileName, bytes) => {
      written.push({ fileName, bytes: bytes.slice() });
      return { location: `C:\\backups\\${fileName}` };
    },
    appVersion: async () => '0.2.0',
    pcName: async () => 'FRONTDESK-PC',
    backupDeviceKeys: () => (kind === 'electron' ? device : null),
  };
  return { platform, written };
}

describe('backup on quit', () => {
  it('Electron: the quit hook writes a whole-database backup to the automatic folder and records it', async () => {
    const db = testDb();
    await db.settings.put({ key: 'lang', value: 'zh-CN' });
    const { platform, written } = fakePlatform('electron');
    const host: { __shouhouBeforeQuit?: Window['__shouhouBeforeQuit'] } = {};
    const uninstall = installQuitBackup(host, () => db, platform);

    const result = await host.__shouhouBeforeQuit?.();
    expect(result?.status).toBe('written');
    expect(written).toHaveLength(1);
    const inspected = await inspectBackup(written[0]?.bytes ?? new Uint8Array(), { keyring: thisPc, live: db });
    expect(inspected.ok && inspected.manifest.tables.settings).toBe(1);
    expect((await lastBackupInfo(db)).file).toBe(`C:\\backups\\${written[0]?.fileName}`);

    uninstall();
    expect(host.__shouhouBeforeQuit).toBeUndefined();
  });

  it('a browser gets no quit hook (it has no backup folder)', () => {
    const host: { __shouhouBeforeQuit?: Window['__shouhouBeforeQuit'] } = {};
    installQuitBackup(host, () => testDb(), fakePlatform('browser').platform);
    expect(host.__shouhouBeforeQuit).toBeUndefined();
  });
});

describe('daily backup after sign-in', () => {
  it('runs once per start however often people sign in', async () => {
    const db = testDb();
    const { platform, written } = fakePlatform('electron');
    const first = await runDailyBackupOnce(db, platform);
    const second = await runDailyBackupOnce(db, platform);
    expect(first.status).toBe('written');
    expect(second).toBe(first);
    expect(written).toHaveLength(1);
  });
});
