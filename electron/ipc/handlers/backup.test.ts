import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceKeyStore, type SafeStorageLike } from '../../backup-key';
import type { Prefs } from '../../prefs';
import { backupHandlers } from './backup';

/** safeStorage as the OS offers it (DPAPI): here a reversible stand-in, which is all the store relies on. */
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`enc:${text}`),
  decryptString: (buffer) => buffer.toString().replace(/^enc:/, ''),
};

let dir: string;
let primary: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backup-ipc-'));
  primary = join(dir, 'userData', 'backups');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function memoryPrefs(second: string | null = null): Prefs {
  let current = second;
  return {
    exportFolder: async () => null,
    setExportFolder: async () => undefined,
    backupSecondFolder: async () => current,
    setBackupSecondFolder: async (folder) => {
      current = folder;
    },
    clearBackupSecondFolder: async () => {
      current = null;
    },
    lastStartedVersion: async () => null,
    setLastStartedVersion: async () => undefined,
  };
}

const event = { senderFrame: { url: 'app://app/index.html' } };
const bytes = new TextEncoder().encode('SHBK1\n{"format":"shouhou-center-backup"}\n');
const name = (day: number) => `售后服务中心-备份-2026-11-${String(day).padStart(2, '0')}-083000.shbk`;
/** The file time an app-written backup of that day has. */
const written = (day: number) => new Date(2026, 10, day, 8, 31);
/** "Now" for the rotation: the morning of 2026-12-01. */
const now = () => new Date(2026, 11, 1, 9, 0).getTime();

function plantBackup(folder: string, day: number, content = 'x'): void {
  writeFileSync(join(folder, name(day)), content);
  utimesSync(join(folder, name(day)), written(day), written(day));
}

function setup(options: { second?: string | null; pickedFolder?: string | null; pickedFile?: string | null } = {}) {
  const prefs = memoryPrefs(options.second ?? null);
  const log = vi.fn();
  const chooseBackupFolder = vi.fn(async () => options.pickedFolder ?? null);
  const chooseBackupFile = vi.fn(async () => options.pickedFile ?? null);
  const deviceKey = createDeviceKeyStore(join(dir, 'userData', 'backup-device-key.bin'), fakeSafeStorage);
  const h = backupHandlers({ prefs, backupsFolder: primary, chooseBackupFolder, chooseBackupFile, log, now, deviceKey });
  return { h, prefs, log, chooseBackupFolder, chooseBackupFile };
}

describe('backup/write-auto', () => {
  it('creates userData/backups and writes the file atomically, leaving no temporary file', async () => {
    const { h } = setup();
    const result = await h['backup/write-auto']({ fileName: name(27), bytes }, event);
    expect(result).toEqual({ path: join(primary, name(27)), kept: 1 });
    expect([...readFileSync(join(primary, name(27)))]).toEqual([...bytes]);
    expect(readdirSync(primary)).toEqual([name(27)]);
  });

  it('on a failed write reports FAILED, leaves no partial file and keeps the older backups', async () => {
    mkdirSync(primary, { recursive: true });
    writeFileSync(join(primary, name(1)), 'older backup');
    // The target name is taken by a non-empty folder, so the final rename fails after writing.
    mkdirSync(join(primary, name(2)));
    writeFileSync(join(primary, name(2), 'x'), '');
    const { h } = setup();
    await expect(h['backup/write-auto']({ fileName: name(2), bytes }, event)).rejects.toMatchObject({ code: 'FAILED' });
    expect(readdirSync(primary).sort()).toEqual([name(1), name(2)].sort());
    expect(readFileSync(join(primary, name(1)), 'utf8')).toBe('older backup');
  });

  it('keeps the newest 30 backup files and deletes the oldest', async () => {
    mkdirSync(primary, { recursive: true });
    for (let day = 1; day <= 30; day++) plantBackup(primary, day);
    const { h } = setup();
    const result = await h['backup/write-auto']({ fileName: '售后服务中心-备份-2026-12-01-083000.shbk', bytes }, event);
    expect(result.kept).toBe(30);
    const names = readdirSync(primary);
    expect(names).toHaveLength(30);
    expect(names).not.toContain(name(1));
    expect(names).toContain('售后服务中心-备份-2026-12-01-083000.shbk');
  });

  it('prunes the second folder by the same rule: a planted future-dated file there pushes out no real backup', async () => {
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    for (let day = 2; day <= 30; day++) plantBackup(usb, day);
    for (let i = 0; i < 30; i++) writeFileSync(join(usb, `售后服务中心-备份-2099-12-31-0000${String(i).padStart(2, '0')}.shbk`), 'planted');
    const { h } = setup({ second: usb });
    const fileName = '售后服务中心-备份-2026-12-01-083000.shbk';
    expect((await h['backup/write-auto']({ fileName, bytes }, event)).secondaryPath).toBe(join(usb, fileName));
    const names = readdirSync(usb);
    for (let day = 2; day <= 30; day++) expect(names).toContain(name(day));
    expect(names).toHaveLength(60);
  });

  it('copies the backup into the second folder when one is set', async () => {
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const { h } = setup({ second: usb });
    const result = await h['backup/write-auto']({ fileName: name(27), bytes }, event);
    expect(result).toEqual({ path: join(primary, name(27)), secondaryPath: join(usb, name(27)), kept: 1 });
    expect([...readFileSync(join(usb, name(27)))]).toEqual([...bytes]);
    expect(readdirSync(usb)).toEqual([name(27)]);
  });

  it('still writes the primary backup when the second folder is missing, and says so', async () => {
    const usb = join(dir, 'usb-not-plugged-in');
    const { h, log } = setup({ second: usb });
    const result = await h['backup/write-auto']({ fileName: name(27), bytes }, event);
    expect(result.path).toBe(join(primary, name(27)));
    expect(existsSync(result.path)).toBe(true);
    expect(result.secondaryPath).toBeUndefined();
    expect(result.secondaryError).toContain(usb);
    expect(result.secondaryError).toContain('本机备份已保存');
    expect(result.secondaryError).toContain('U 盘');
    expect(existsSync(usb)).toBe(false);
    expect(log).toHaveBeenCalled();
  });

  it('reports a second "folder" that is a file without failing the primary write', async () => {
    const notFolder = join(dir, 'file.txt');
    writeFileSync(notFolder, '');
    const result = await setup({ second: notFolder }).h['backup/write-auto']({ fileName: name(27), bytes }, event);
    expect(existsSync(result.path)).toBe(true);
    expect(result.secondaryError).toContain(notFolder);
  });
});

describe('backup folders', () => {
  it('reports the primary folder and the second folder, or null', async () => {
    expect(await setup().h['backup/get-folders']({}, event)).toEqual({ primary, secondary: null });
    expect(await setup({ second: 'E:\\备份' }).h['backup/get-folders']({}, event)).toEqual({ primary, secondary: 'E:\\备份' });
  });

  it('remembers a chosen second folder, offering the current one, and keeps it on cancel', async () => {
    const chosen = setup({ second: 'E:\\旧', pickedFolder: 'F:\\新' });
    expect(await chosen.h['backup/choose-second-folder']({}, event)).toEqual({ folder: 'F:\\新' });
    expect(chosen.chooseBackupFolder).toHaveBeenCalledWith(event, 'E:\\旧');
    expect(await chosen.prefs.backupSecondFolder()).toBe('F:\\新');
    const cancelled = setup({ second: 'E:\\旧', pickedFolder: null });
    expect(await cancelled.h['backup/choose-second-folder']({}, event)).toBeNull();
    expect(await cancelled.prefs.backupSecondFolder()).toBe('E:\\旧');
  });

  it('stops copying to the second folder once it is cleared; the files already there stay', async () => {
    const second = join(primary, '..', 'usb');
    mkdirSync(second, { recursive: true });
    const { h, prefs } = setup({ second });
    expect((await h['backup/write-auto']({ fileName: name(20), bytes }, event)).secondaryPath).toBe(join(second, name(20)));
    expect(await h['backup/clear-second-folder']({}, event)).toEqual({ cleared: true });
    expect(await prefs.backupSecondFolder()).toBeNull();
    const after = await h['backup/write-auto']({ fileName: name(21), bytes }, event);
    expect(after.secondaryPath).toBeUndefined();
    expect(after.secondaryError).toBeUndefined();
    expect(readdirSync(second)).toEqual([name(20)]);
    expect(await h['backup/get-folders']({}, event)).toEqual({ primary, secondary: null });
  });
});

describe('backup/open', () => {
  it('returns null when the dialog is cancelled', async () => {
    expect(await setup({ pickedFile: null }).h['backup/open']({}, event)).toBeNull();
  });

  it('reads the chosen file into bytes with its name', async () => {
    const file = join(dir, name(27));
    writeFileSync(file, bytes);
    const result = await setup({ pickedFile: file }).h['backup/open']({}, event);
    expect(result?.fileName).toBe(name(27));
    expect(result?.bytes).toBeInstanceOf(Uint8Array);
    expect([...(result?.bytes ?? [])]).toEqual([...bytes]);
  });

  it('refuses a file over 2 GB with a clear message, without reading it', async () => {
    const file = join(dir, 'huge.shbk');
    writeFileSync(file, '');
    truncateSync(file, 2 ** 31 + 1024); // sparse: takes no disk space
    await expect(setup({ pickedFile: file }).h['backup/open']({}, event)).rejects.toMatchObject({
      code: 'FAILED',
      message: expect.stringContaining('超过 2 GB'),
    });
  });

  it.each([
    ['an empty file', (f: string) => writeFileSync(f, ''), '空的'],
    ['a folder', (f: string) => mkdirSync(f), '不是文件'],
    ['a file that vanished', () => undefined, '无法打开备份文件'],
  ])('refuses %s with a clear message', async (_what, make, message) => {
    const file = join(dir, 'x.shbk');
    make(file);
    await expect(setup({ pickedFile: file }).h['backup/open']({}, event)).rejects.toMatchObject({
      code: 'FAILED',
      message: expect.stringContaining(message),
    });
  });
});

describe('backup/wrap-key and backup/unwrap-key', () => {
  it('wraps a data key with this PC’s device key and gives it back; the device key itself never comes out', async () => {
    const { h } = setup();
    const dataKey = new Uint8Array(32).fill(9);
    const { slot } = await h['backup/wrap-key']({ dataKey }, event);
    expect(slot).toMatchObject({ type: 'device', keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(Buffer.from(slot.wrapped, 'base64').includes(Buffer.from(dataKey))).toBe(false);
    const back = await h['backup/unwrap-key']({ slot }, event);
    expect('dataKey' in back && [...back.dataKey]).toEqual([...dataKey]);
    const stored = readFileSync(join(dir, 'userData', 'backup-device-key.bin'), 'utf8');
    expect(stored.startsWith('enc:')).toBe(true); // kept only as safeStorage encrypted it
  });

  it('refuses another PC’s slot as otherDevice and a changed one as damaged', async () => {
    const { h } = setup();
    const { slot } = await h['backup/wrap-key']({ dataKey: new Uint8Array(32) }, event);
    const otherPc = createDeviceKeyStore(join(dir, 'other-pc', 'backup-device-key.bin'), fakeSafeStorage);
    expect(await h['backup/unwrap-key']({ slot: await otherPc.wrap(new Uint8Array(32)) }, event)).toEqual({ refused: 'otherDevice' });
    const bytes = Buffer.from(slot.wrapped, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await h['backup/unwrap-key']({ slot: { ...slot, wrapped: bytes.toString('base64') } }, event)).toEqual({ refused: 'damaged' });
  });
});
