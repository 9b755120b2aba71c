import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform, type PickedFile } from './browser-platform';

function withPicked(file: PickedFile | null) {
  const pickFile = vi.fn(async (_accept: string) => file);
  return { pickFile, platform: createBrowserPlatform({ pickFile }) };
}

describe('createBrowserPlatform', () => {
  it('opens a backup through the file picker for .shbk and reads it into bytes', async () => {
    const file = new File([new Uint8Array([83, 72, 66, 75, 49])], '售后服务中心-备份-2026-11-27-0830.shbk');
    const { platform, pickFile } = withPicked(file);
    const opened = await platform.openBackupFile();
    expect(pickFile).toHaveBeenCalledWith('.shbk');
    expect(opened?.fileName).toBe('售后服务中心-备份-2026-11-27-0830.shbk');
    expect([...(opened?.bytes ?? [])]).toEqual([83, 72, 66, 75, 49]);
  });

  it('gives null when the picker is cancelled', async () => {
    await expect(withPicked(null).platform.openBackupFile()).resolves.toBeNull();
  });

  it('refuses a file over 2 GB with a clear message, without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const { platform } = withPicked({ name: 'movie.shbk', size: 3 * 1024 ** 3, arrayBuffer });
    await expect(platform.openBackupFile()).rejects.toMatchObject({ name: 'PlatformError', code: 'FAILED', message: expect.stringContaining('超过 2 GB') });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it("reports the version built in through Vite's define (package.json's)", async () => {
    const version = await createBrowserPlatform().appVersion();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(version).toBe(__APP_VERSION__);
  });

  it('has no automatic backup location, printer list or backup folders', async () => {
    const platform = createBrowserPlatform();
    await expect(platform.writeAutoBackup('b.shbk', new Uint8Array([1]))).resolves.toBeNull();
    await expect(platform.listPrinters()).resolves.toEqual([]);
    await expect(platform.backupFolders()).resolves.toBeNull();
    await expect(platform.chooseBackupSecondFolder()).resolves.toBeNull();
    await expect(platform.clearBackupSecondFolder()).resolves.toBeUndefined();
    expect(platform.kind).toBe('browser');
  });

  it('refuses to download an export or a save under a name the installed app would refuse', async () => {
    const platform = createBrowserPlatform();
    const bytes = new Uint8Array([1]);
    await expect(platform.writeExport('evil.exe', bytes)).rejects.toMatchObject({ name: 'PlatformError', code: 'BAD_FILE_NAME', fileName: { problem: 'extension' } });
    await expect(platform.writeExport('CONOUT$.xlsx', bytes)).rejects.toMatchObject({ code: 'BAD_FILE_NAME', fileName: { problem: 'deviceName' } });
    await expect(platform.saveFile('a.exe', bytes, 'x', ['exe'])).rejects.toMatchObject({ code: 'BAD_FILE_NAME', fileName: { problem: 'extension' } });
    await expect(platform.saveFile('a\u202Efdp.exe', bytes, 'PDF', ['pdf'])).rejects.toMatchObject({ code: 'BAD_FILE_NAME', fileName: { problem: 'bidiControl' } });
  });
});

describe('free disk space in a browser', () => {
  it('is what the storage quota leaves the site, and unknown without an estimate', async () => {
    const pickFile = async () => null;
    const storage = { estimate: async () => ({ quota: 3 * 1024 ** 3, usage: 1024 ** 3 }) };
    await expect(createBrowserPlatform({ pickFile, storage }).freeDiskSpace()).resolves.toBe(2 * 1024 ** 3);
    const over = { estimate: async () => ({ quota: 10, usage: 20 }) };
    await expect(createBrowserPlatform({ pickFile, storage: over }).freeDiskSpace()).resolves.toBe(0);
    const failing = { estimate: async () => Promise.reject(new Error('no')) };
    await expect(createBrowserPlatform({ pickFile, storage: failing }).freeDiskSpace()).resolves.toBeNull();
  });
});
