import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upgradeBackupFileName } from '@shared/backup/file-names';
import { backupFileName } from '@shared/backup/schedule';
import { ipcContract } from '@shared/ipc';
import { createDeviceKeyStore, type SafeStorageLike } from '../../backup-key';
import { createPrefs } from '../../prefs';
import { keptUpgradeBackups, upgradeFolderName } from '../../version-start';
import { backupHandlers } from './backup';
import { versionHandlers } from './version';

/** Stands in for Electron's safeStorage: the rotation below never opens a key. */
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`enc:${text}`),
  decryptString: (buffer) => buffer.toString().replace(/^enc:/, ''),
};

let dir: string;
let backups: string;
let upgrades: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'version-'));
  backups = join(dir, 'backups');
  upgrades = join(backups, upgradeFolderName);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const event = { senderFrame: { url: 'app://app/index.html' } };
const current = { appVersion: '0.2.0', electronVersion: '45.6.1' };
const now = new Date(2026, 11, 1, 9, 0, 0).getTime();
const bytes = new TextEncoder().encode('SHBK1\n{}\n');

function setup(prefsFile = join(dir, 'prefs.json')) {
  const prefs = createPrefs(prefsFile);
  const h = versionHandlers({ prefs, currentVersion: current, upgradeBackupsFolder: upgrades, now: () => now, log: () => undefined });
  return { prefs, h };
}

describe('backup/version-check', () => {
  it('says a version is new until it has been recorded as started, then says nothing', async () => {
    const { h, prefs } = setup();
    expect(await h['backup/version-check']({}, event)).toEqual({ previousVersion: null, version: '0.2.0' });
    await prefs.setLastStartedVersion({ appVersion: '0.1.0', electronVersion: '45.5.0' });
    expect(await setup().h['backup/version-check']({}, event)).toEqual({ previousVersion: '0.1.0', version: '0.2.0' });
    await setup().h['backup/version-started']({}, event);
    expect(await setup().h['backup/version-check']({}, event)).toBeNull();
  });

  it('takes a new Electron under the same app version as a new version', async () => {
    const { prefs } = setup();
    await prefs.setLastStartedVersion({ appVersion: '0.2.0', electronVersion: '45.5.0' });
    expect(await setup().h['backup/version-check']({}, event)).toEqual({ previousVersion: '0.2.0', version: '0.2.0' });
  });
});

describe('backup/version-started', () => {
  it('writes the backup into before-upgrade and only then records the version', async () => {
    const fileName = upgradeBackupFileName(now, '0.2.0');
    const { h } = setup();
    expect(await h['backup/version-started']({ upgradeBackup: { fileName, bytes } }, event)).toEqual({ path: join(upgrades, fileName) });
    expect([...readFileSync(join(upgrades, fileName))]).toEqual([...bytes]);
    expect(JSON.parse(readFileSync(join(dir, 'prefs.json'), 'utf8'))).toEqual({ lastStartedVersion: current });
  });

  it('does not record the version when the backup cannot be written, so the next start tries again', async () => {
    mkdirSync(backups, { recursive: true });
    writeFileSync(upgrades, 'a file where the folder should be');
    const { h } = setup();
    const fileName = upgradeBackupFileName(now, '0.2.0');
    await expect(h['backup/version-started']({ upgradeBackup: { fileName, bytes } }, event)).rejects.toMatchObject({ code: 'FAILED' });
    expect(await setup().h['backup/version-check']({}, event)).not.toBeNull();
  });

  it('is never pruned by the rotation of the last 30 automatic backups', async () => {
    const upgradeName = upgradeBackupFileName(now - 40 * 86_400_000, '0.2.0');
    mkdirSync(upgrades, { recursive: true });
    writeFileSync(join(upgrades, upgradeName), 'before the upgrade');
    utimesSync(join(upgrades, upgradeName), new Date(now - 40 * 86_400_000), new Date(now - 40 * 86_400_000));
    const prefs = createPrefs(join(dir, 'prefs.json'));
    const auto = backupHandlers({ prefs, backupsFolder: backups, chooseBackupFolder: async () => null, chooseBackupFile: async () => null, now: () => now + 31 * 86_400_000, deviceKey: createDeviceKeyStore(join(dir, 'backup-device-key.bin'), fakeSafeStorage) });
    for (let day = 0; day < 31; day++) {
      const at = now + day * 86_400_000;
      await auto['backup/write-auto']({ fileName: backupFileName(at), bytes }, event);
      utimesSync(join(backups, backupFileName(at)), new Date(at + 60_000), new Date(at + 60_000));
    }
    expect(readdirSync(backups).filter((n) => n.endsWith('.shbk'))).toHaveLength(30);
    expect(readFileSync(join(upgrades, upgradeName), 'utf8')).toBe('before the upgrade');
  });

  it(`keeps the newest ${keptUpgradeBackups} backups before an upgrade`, async () => {
    const { h } = setup();
    const names = Array.from({ length: keptUpgradeBackups + 2 }, (_, i) => upgradeBackupFileName(now - (10 - i) * 86_400_000, `0.${i}.0`));
    mkdirSync(upgrades, { recursive: true });
    names.forEach((name, i) => {
      writeFileSync(join(upgrades, name), 'x');
      const at = new Date(now - (10 - i) * 86_400_000 + 60_000);
      utimesSync(join(upgrades, name), at, at);
    });
    const latest = upgradeBackupFileName(now, '0.9.0');
    await h['backup/version-started']({ upgradeBackup: { fileName: latest, bytes } }, event);
    expect(readdirSync(upgrades).sort()).toEqual([...names.slice(-(keptUpgradeBackups - 1)), latest].sort());
  });

  it('the contract accepts only a backup-before-upgrade name there', () => {
    const args = ipcContract['backup/version-started'].args;
    expect(args.safeParse({}).success).toBe(true);
    expect(args.safeParse({ upgradeBackup: { fileName: upgradeBackupFileName(now, '0.2.0'), bytes } }).success).toBe(true);
    expect(args.safeParse({ upgradeBackup: { fileName: backupFileName(now), bytes } }).success).toBe(false);
    expect(args.safeParse({ upgradeBackup: { fileName: '..\\售后服务中心-升级前备份-0.2.0-2026-12-01-090000.shbk', bytes } }).success).toBe(false);
  });
});
