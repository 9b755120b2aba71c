import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { upgradeBackupNameTime } from '@shared/backup/file-names';
import { storesV1 } from '../db';
import { inspectBackup } from './backup';
import { backupBeforeNewVersion, type NewVersionPlatform } from './new-version-backup';
import { openTestDb } from '../test-db';
import { memoryDeviceKeys } from './memory-device-keys';
import { installBrowserShims, now, testKeyring } from './test-support';

installBrowserShims();

const cleanup: Dexie[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

/** A database as an older app version left it (schema 1, one customer). */
async function oldDatabase(): Promise<Dexie> {
  const old = new Dexie(`v1-${crypto.randomUUID()}`);
  cleanup.push(old);
  old.version(1).stores(storesV1);
  await old.table('customers').add({ name: '老客户', phones: [], searchKeys: [], createdAt: now, updatedAt: now });
  old.close();
  return old;
}

/** This PC's device key: the backup before the upgrade is encrypted with it, and opens with it. */
const device = memoryDeviceKeys();

function fakePlatform(change: { previousVersion: string | null; version: string } | null, kind: 'electron' | 'browser' = 'electron') {
  const written: { fileName: string; bytes: Uint8Array }[] = [];
  const markVersionStarted = vi.fn<NewVersionPlatform['markVersionStarted']>(async (backup) => {
    if (backup) written.push({ fileName: backup.fileName, bytes: backup.bytes.slice() });
    return { location: backup ? `C:\\ShouhouCenter\\backups\\before-upgrade\\${backup.fileName}` : null };
  });
  const platform: NewVersionPlatform = {
    kind,
    versionChange: vi.fn(async () => change),
    markVersionStarted,
    appVersion: async () => '0.2.0',
    pcName: async () => 'FRONTDESK-PC',
    backupDeviceKeys: () => device,
  };
  return { platform, written, markVersionStarted };
}

describe('backupBeforeNewVersion', () => {
  it('at the first start of a new version, backs the records up as they are, then records the version', async () => {
    const old = await oldDatabase();
    const { platform, written, markVersionStarted } = fakePlatform({ previousVersion: '0.1.0', version: '0.2.0' });
    const result = await backupBeforeNewVersion(platform, { name: old.name, now });
    expect(result).toMatchObject({ status: 'written', location: expect.stringContaining('before-upgrade') });
    expect(markVersionStarted).toHaveBeenCalledTimes(1);
    expect(written).toHaveLength(1);
    expect(written[0]?.fileName).toMatch(/^售后服务中心-升级前备份-0\.2\.0-\d{4}-\d{2}-\d{2}-\d{6}\.shbk$/);
    expect(upgradeBackupNameTime(written[0]?.fileName ?? '')).toBe(Math.floor(now / 1000) * 1000);
    const inspected = await inspectBackup(written[0]?.bytes ?? new Uint8Array(), { keyring: testKeyring(device), live: openTestDb() });
    expect(inspected.ok && inspected.protection).toBe('device');
    expect(inspected.ok && inspected.manifest).toMatchObject({ schemaVersion: 1, tables: { customers: 1 } });
    // The database itself is left at its stored version: the upgrade has not happened yet.
    const stillOld = new Dexie(old.name);
    await stillOld.open();
    expect(stillOld.verno).toBe(1);
    stillOld.close();
  });

  it('does nothing when this version has started before', async () => {
    const old = await oldDatabase();
    const { platform, markVersionStarted } = fakePlatform(null);
    expect(await backupBeforeNewVersion(platform, { name: old.name, now })).toEqual({ status: 'skipped', reason: 'sameVersion' });
    expect(markVersionStarted).not.toHaveBeenCalled();
  });

  it('records a new version with no database yet without a backup', async () => {
    const { platform, markVersionStarted } = fakePlatform({ previousVersion: null, version: '0.2.0' });
    expect(await backupBeforeNewVersion(platform, { name: `missing-${crypto.randomUUID()}`, now })).toEqual({ status: 'skipped', reason: 'fresh' });
    expect(markVersionStarted).toHaveBeenCalledWith();
  });

  it('skips browser mode (no backup folder)', async () => {
    const { platform } = fakePlatform({ previousVersion: null, version: '0.2.0' }, 'browser');
    expect(await backupBeforeNewVersion(platform)).toEqual({ status: 'skipped', reason: 'browser' });
    expect(platform.versionChange).not.toHaveBeenCalled();
  });

  it('reports a failed write without throwing; the app starts and the next start tries again', async () => {
    const old = await oldDatabase();
    const { platform } = fakePlatform({ previousVersion: '0.1.0', version: '0.2.0' });
    platform.markVersionStarted = async () => {
      throw new Error('磁盘空间不足,文件未保存。');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await backupBeforeNewVersion(platform, { name: old.name, now })).toEqual({ status: 'failed', message: '磁盘空间不足,文件未保存。' });
  });
});
