import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoBackupNameTime } from '@shared/backup/file-names';
import { backupFileName } from '@shared/backup/schedule';
import { pruneBackups } from './backup-files';
import { keptStorageSnapshots, snapshotFolderName, snapshotStorageBeforeNewVersion, upgradeFolderName } from './version-start';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'userdata-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

const previous = { appVersion: '0.1.0', electronVersion: '45.5.0' };
const current = { appVersion: '0.2.0', electronVersion: '45.6.1' };
const now = new Date(2026, 11, 1, 9, 0, 0).getTime();
const upgradeRoot = () => join(userData, 'backups', upgradeFolderName);

/** Chromium's storage as the previous version left it: LevelDB files of IndexedDB and localStorage. */
function seedStorage(): void {
  mkdirSync(join(userData, 'IndexedDB', 'app_app_0.indexeddb.leveldb'), { recursive: true });
  writeFileSync(join(userData, 'IndexedDB', 'app_app_0.indexeddb.leveldb', '000005.ldb'), 'records');
  writeFileSync(join(userData, 'IndexedDB', 'app_app_0.indexeddb.leveldb', 'CURRENT'), 'MANIFEST-000001\n');
  mkdirSync(join(userData, 'Local Storage', 'leveldb'), { recursive: true });
  writeFileSync(join(userData, 'Local Storage', 'leveldb', '000003.log'), 'activeDb');
}

const quiet = { log: vi.fn() };

describe('snapshotStorageBeforeNewVersion', () => {
  it('copies IndexedDB and localStorage as they are, into before-upgrade, at the first start of a new version', () => {
    seedStorage();
    const result = snapshotStorageBeforeNewVersion({ userData, current, lastStarted: previous, now, ...quiet });
    const folder = join(upgradeRoot(), snapshotFolderName(now, current));
    expect(result).toEqual({ status: 'taken', folder });
    expect(readFileSync(join(folder, 'IndexedDB', 'app_app_0.indexeddb.leveldb', '000005.ldb'), 'utf8')).toBe('records');
    expect(readFileSync(join(folder, 'IndexedDB', 'app_app_0.indexeddb.leveldb', 'CURRENT'), 'utf8')).toBe('MANIFEST-000001\n');
    expect(readFileSync(join(folder, 'Local Storage', 'leveldb', '000003.log'), 'utf8')).toBe('activeDb');
    expect(snapshotFolderName(now, current)).toBe('2026-12-01-090000-storage-before-0.2.0-electron-45.6.1');
    // The originals are untouched.
    expect(readFileSync(join(userData, 'IndexedDB', 'app_app_0.indexeddb.leveldb', '000005.ldb'), 'utf8')).toBe('records');
  });

  it('also snapshots when the previous version is not known (the first version with this check)', () => {
    seedStorage();
    expect(snapshotStorageBeforeNewVersion({ userData, current, lastStarted: null, now, ...quiet }).status).toBe('taken');
  });

  it('counts an Electron upgrade under the same app version as a new version', () => {
    seedStorage();
    const sameApp = { ...current, appVersion: previous.appVersion };
    expect(snapshotStorageBeforeNewVersion({ userData, current: sameApp, lastStarted: previous, now, ...quiet }).status).toBe('taken');
  });

  it('does nothing when this version has started before, or when there is no data yet', () => {
    seedStorage();
    expect(snapshotStorageBeforeNewVersion({ userData, current, lastStarted: current, now, ...quiet })).toEqual({ status: 'sameVersion' });
    rmSync(join(userData, 'IndexedDB'), { recursive: true });
    rmSync(join(userData, 'Local Storage'), { recursive: true });
    expect(snapshotStorageBeforeNewVersion({ userData, current, lastStarted: previous, now, ...quiet })).toEqual({ status: 'noData' });
    expect(existsSync(upgradeRoot())).toBe(false);
  });

  it('keeps the first copy when the first start of the version is tried again, and clears an unfinished one', () => {
    seedStorage();
    const first = snapshotStorageBeforeNewVersion({ userData, current, lastStarted: previous, now, ...quiet });
    // The new version ran (and may have migrated the data) but crashed before it counted as started.
    writeFileSync(join(userData, 'IndexedDB', 'app_app_0.indexeddb.leveldb', '000005.ldb'), 'migrated');
    mkdirSync(join(upgradeRoot(), '.partial-2026-12-01-100000-storage-before-0.3.0-electron-46.0.0', 'IndexedDB'), { recursive: true });
    const again = snapshotStorageBeforeNewVersion({ userData, current, lastStarted: previous, now: now + 3_600_000, ...quiet });
    expect(again).toEqual({ status: 'alreadyTaken', folder: first.status === 'taken' ? first.folder : '' });
    expect(readdirSync(upgradeRoot())).toEqual([snapshotFolderName(now, current)]);
    expect(readFileSync(join(upgradeRoot(), snapshotFolderName(now, current), 'IndexedDB', 'app_app_0.indexeddb.leveldb', '000005.ldb'), 'utf8')).toBe('records');
  });

  it(`keeps the newest ${keptStorageSnapshots} snapshots; a planted future-dated folder and other files push nothing out`, () => {
    seedStorage();
    mkdirSync(upgradeRoot(), { recursive: true });
    const planted = '2099-12-31-000000-storage-before-9.9.9-electron-99.0.0';
    mkdirSync(join(upgradeRoot(), planted));
    writeFileSync(join(upgradeRoot(), '售后服务中心-升级前备份-0.1.0-2026-01-01-083000.shbk'), 'x');
    const versions = ['0.2.0', '0.3.0', '0.4.0', '0.5.0'].map((v, i) => ({ appVersion: v, electronVersion: `45.${i}.0` }));
    versions.forEach((v, i) => snapshotStorageBeforeNewVersion({ userData, current: v, lastStarted: null, now: now + i * 86_400_000, ...quiet }));
    const names = readdirSync(upgradeRoot()).sort();
    expect(names).toContain(planted);
    expect(names).toContain('售后服务中心-升级前备份-0.1.0-2026-01-01-083000.shbk');
    expect(names.filter((n) => n.includes('-storage-before-0.'))).toEqual(versions.slice(1).map((v, i) => snapshotFolderName(now + (i + 1) * 86_400_000, v)));
  });

  it('stays out of the rotation of the last 30 backups in the folder above', async () => {
    seedStorage();
    snapshotStorageBeforeNewVersion({ userData, current, lastStarted: previous, now, ...quiet });
    const backups = join(userData, 'backups');
    const latest = backupFileName(now);
    writeFileSync(join(backups, latest), 'x');
    await pruneBackups(backups, latest, { nameTime: autoBackupNameTime, keep: 1, now: now + 60_000 });
    expect(existsSync(join(upgradeRoot(), snapshotFolderName(now, current)))).toBe(true);
  });

  it('reports a failed copy instead of throwing (the app still starts) and leaves no half copy', () => {
    seedStorage();
    mkdirSync(join(userData, 'backups'), { recursive: true });
    writeFileSync(upgradeRoot(), 'a file where the folder should be');
    const log = vi.fn();
    const result = snapshotStorageBeforeNewVersion({ userData, current, lastStarted: previous, now, log });
    expect(result.status).toBe('failed');
    expect(log).toHaveBeenCalled();
  });
});
