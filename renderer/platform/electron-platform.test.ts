import { describe, expect, it, vi } from 'vitest';
import type { Api, IpcError } from '@shared/ipc';
import { createElectronPlatform, unwrap } from './electron-platform';
import { PlatformError } from './platform-error';
import type { PrintDocument } from './platform';

const notFaked = async () => ({ ok: false, error: { code: 'FAILED', message: 'not faked' } }) as const;

/** A stand-in for the preload's `window.api`: every channel answers "not faked" unless overridden. */
function fakeApi(overrides: Partial<Api>): Api {
  return {
    'app/info': notFaked,
    'export/choose-folder': notFaked,
    'export/get-folder': notFaked,
    'export/write': notFaked,
    'file/save-as': notFaked,
    'print/print': notFaked,
    'print/pdf': notFaked,
    'print/printers': notFaked,
    'backup/write-auto': notFaked,
    'backup/choose-second-folder': notFaked,
    'backup/clear-second-folder': notFaked,
    'backup/get-folders': notFaked,
    'backup/open': notFaked,
    'backup/wrap-key': notFaked,
    'backup/unwrap-key': notFaked,
    'shell/open-external': notFaked,
    'backup/version-check': notFaked,
    'backup/version-started': notFaked,
    'storage/free-space': notFaked,
    ...overrides,
  };
}

const fail = (error: IpcError) => async () => ({ ok: false as const, error });
const doc: PrintDocument = { html: '<!doctype html><p>电话记录表</p>', pageSize: { widthMm: 210, heightMm: 297 }, title: '电话记录表' };

describe('unwrap', () => {
  it('returns the value of an ok answer', async () => {
    await expect(unwrap(Promise.resolve({ ok: true as const, value: { path: 'D:\\导出\\a.xlsx' } }))).resolves.toEqual({
      path: 'D:\\导出\\a.xlsx',
    });
  });

  it('turns a cancelled dialog into null, not an error', async () => {
    await expect(unwrap(Promise.resolve({ ok: false as const, error: { code: 'CANCELLED', message: 'x' } }))).resolves.toBeNull();
  });

  it('throws a PlatformError carrying the code and message of a refusal', async () => {
    const error = await unwrap(Promise.resolve({ ok: false as const, error: { code: 'BAD_ARGS', message: 'fileName: bad' } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'BAD_ARGS', message: 'fileName: bad' });
  });

  it('keeps what is wrong with a refused file name, for the screen to word', async () => {
    const fileName = { problem: 'bidiControl' as const, allowed: ['xlsx'] };
    const error = await unwrap(Promise.resolve({ ok: false as const, error: { code: 'BAD_FILE_NAME' as const, message: '文件名含有…', fileName } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'BAD_FILE_NAME', fileName });
  });

  it('maps a rejected IPC call to a FAILED PlatformError', async () => {
    await expect(unwrap(Promise.reject(new Error('channel closed')))).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'FAILED',
      message: 'channel closed',
    });
  });
});

describe('createElectronPlatform', () => {
  it('asks main for the free space of the data disk (storage/free-space); a failure is unknown, not an error', async () => {
    const api = fakeApi({ 'storage/free-space': async () => ({ ok: true as const, value: { freeBytes: 123 } }) });
    await expect(createElectronPlatform(api).freeDiskSpace()).resolves.toBe(123);
    await expect(createElectronPlatform(fakeApi({})).freeDiskSpace()).resolves.toBeNull();
  });


  it('writes an export through export/write and reports the written path as the location', async () => {
    const write = vi.fn<Api['export/write']>(async () => ({ ok: true, value: { path: 'D:\\导出\\电话记录.xlsx' } }));
    const platform = createElectronPlatform(fakeApi({ 'export/write': write }));
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(platform.writeExport('电话记录.xlsx', bytes)).resolves.toEqual({ location: 'D:\\导出\\电话记录.xlsx' });
    expect(write).toHaveBeenCalledWith({ fileName: '电话记录.xlsx', bytes });
    expect(platform.kind).toBe('electron');
  });

  it('gives null when the user cancels the folder dialog of a first export', async () => {
    const platform = createElectronPlatform(fakeApi({ 'export/write': fail({ code: 'CANCELLED', message: '' }) }));
    await expect(platform.writeExport('a.xlsx', new Uint8Array([1]))).resolves.toBeNull();
  });

  it('passes the save-as filter and extensions and copies bytes that sit on shared memory', async () => {
    const save = vi.fn<Api['file/save-as']>(async () => ({ ok: true, value: { path: '/tmp/r.pdf' } }));
    const platform = createElectronPlatform(fakeApi({ 'file/save-as': save }));
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    shared.set([7, 8]);
    await expect(platform.saveFile('r.pdf', shared, 'PDF 文件', ['pdf'])).resolves.toEqual({ location: '/tmp/r.pdf' });
    const sent = save.mock.calls[0]?.[0];
    expect(sent).toMatchObject({ defaultName: 'r.pdf', filterName: 'PDF 文件', extensions: ['pdf'] });
    expect(sent?.bytes.buffer).toBeInstanceOf(ArrayBuffer);
    expect([...(sent?.bytes ?? [])]).toEqual([7, 8]);
  });

  it('prints through the system dialog with the document and its page size by default', async () => {
    const print = vi.fn<Api['print/print']>(async () => ({ ok: true, value: { printed: true } }));
    await expect(createElectronPlatform(fakeApi({ 'print/print': print })).print(doc)).resolves.toEqual({ printed: true });
    expect(print).toHaveBeenCalledWith({ html: doc.html, pageSize: doc.pageSize, silent: false });
  });

  it('passes printer, silent, copies and dpi, and returns the fallback message', async () => {
    const message = '找不到打印机“EPSON”,已改为弹出打印对话框。';
    const print = vi.fn<Api['print/print']>(async () => ({ ok: true, value: { printed: true, message } }));
    const platform = createElectronPlatform(fakeApi({ 'print/print': print }));
    const outcome = await platform.print(doc, { printerName: 'EPSON', silent: true, copies: 3, dpi: 180 });
    expect(outcome).toEqual({ printed: true, message });
    expect(print).toHaveBeenCalledWith({ html: doc.html, pageSize: doc.pageSize, silent: true, printerName: 'EPSON', copies: 3, dpi: 180 });
  });

  it('reports a cancelled print dialog as not printed and a driver failure as a PlatformError', async () => {
    const cancelled = createElectronPlatform(fakeApi({ 'print/print': fail({ code: 'CANCELLED', message: '已取消打印。' }) }));
    await expect(cancelled.print(doc)).resolves.toEqual({ printed: false });
    const failed = createElectronPlatform(fakeApi({ 'print/print': fail({ code: 'FAILED', message: '打印失败:Print job failed' }) }));
    await expect(failed.print(doc, { printerName: 'HP', silent: true })).rejects.toMatchObject({
      code: 'FAILED',
      message: '打印失败:Print job failed',
    });
  });

  it('lists the printers from print/printers', async () => {
    const printers = [{ name: 'EPSON_LQ_630K', displayName: 'EPSON LQ-630K', isDefault: true }];
    const platform = createElectronPlatform(fakeApi({ 'print/printers': async () => ({ ok: true, value: { printers } }) }));
    await expect(platform.listPrinters()).resolves.toEqual(printers);
  });

  it('returns the PDF bytes from print/pdf and throws the printer failure as a PlatformError', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const ok = createElectronPlatform(fakeApi({ 'print/pdf': async () => ({ ok: true, value: { bytes } }) }));
    await expect(ok.printToPdf(doc)).resolves.toBe(bytes);
    const broken = createElectronPlatform(fakeApi({ 'print/pdf': fail({ code: 'FAILED', message: '打印机脱机' }) }));
    await expect(broken.printToPdf(doc)).rejects.toMatchObject({ code: 'FAILED', message: '打印机脱机' });
  });

  it('reads and chooses the export folder, null when none is set or the dialog is cancelled', async () => {
    const platform = createElectronPlatform(
      fakeApi({
        'export/get-folder': async () => ({ ok: true, value: { folder: null } }),
        'export/choose-folder': fail({ code: 'CANCELLED', message: '' }),
      }),
    );
    await expect(platform.exportFolder()).resolves.toBeNull();
    await expect(platform.chooseExportFolder()).resolves.toBeNull();
    const chosen = createElectronPlatform(
      fakeApi({ 'export/choose-folder': async () => ({ ok: true, value: { folder: 'D:\\导出' } }) }),
    );
    await expect(chosen.chooseExportFolder()).resolves.toBe('D:\\导出');
  });

  it('writes an automatic backup and reports both locations', async () => {
    const write = vi.fn<Api['backup/write-auto']>(async () => ({
      ok: true,
      value: { path: 'C:\\数据\\backups\\b.shbk', secondaryPath: 'E:\\b.shbk', kept: 12 },
    }));
    const platform = createElectronPlatform(fakeApi({ 'backup/write-auto': write }));
    const bytes = new Uint8Array([83, 72, 66, 75]);
    await expect(platform.writeAutoBackup('b.shbk', bytes)).resolves.toEqual({
      location: 'C:\\数据\\backups\\b.shbk',
      secondaryLocation: 'E:\\b.shbk',
    });
    expect(write).toHaveBeenCalledWith({ fileName: 'b.shbk', bytes });
  });

  it('passes on the warning when the second backup folder is unusable', async () => {
    const secondaryError = '未能复制到第二备份文件夹 E:\\:文件夹不存在(U 盘是否已插好?)。本机备份已保存。';
    const platform = createElectronPlatform(
      fakeApi({ 'backup/write-auto': async () => ({ ok: true, value: { path: 'C:\\b.shbk', secondaryError, kept: 1 } }) }),
    );
    await expect(platform.writeAutoBackup('b.shbk', new Uint8Array([1]))).resolves.toEqual({
      location: 'C:\\b.shbk',
      warning: secondaryError,
    });
  });

  it('opens a backup file, null on cancel, and throws the refusal of a huge file', async () => {
    const bytes = new Uint8Array([83, 72, 66, 75, 49]);
    const chosen = createElectronPlatform(fakeApi({ 'backup/open': async () => ({ ok: true, value: { fileName: 'b.shbk', bytes } }) }));
    await expect(chosen.openBackupFile()).resolves.toEqual({ fileName: 'b.shbk', bytes });
    const cancelled = createElectronPlatform(fakeApi({ 'backup/open': async () => ({ ok: true, value: null }) }));
    await expect(cancelled.openBackupFile()).resolves.toBeNull();
    const huge = createElectronPlatform(fakeApi({ 'backup/open': fail({ code: 'FAILED', message: '备份文件太大(3.0 GB)' }) }));
    await expect(huge.openBackupFile()).rejects.toMatchObject({ code: 'FAILED', message: '备份文件太大(3.0 GB)' });
  });

  it('reads the app version and the PC name from app/info', async () => {
    const platform = createElectronPlatform(
      fakeApi({ 'app/info': async () => ({ ok: true, value: { version: '1.2.3', platform: 'win32', userDataPath: 'C:\\x', hostname: '前台' } }) }),
    );
    await expect(platform.appVersion()).resolves.toBe('1.2.3');
    await expect(platform.pcName()).resolves.toBe('前台');
  });

  it('reads the backup folders and chooses the second one', async () => {
    const platform = createElectronPlatform(
      fakeApi({
        'backup/get-folders': async () => ({ ok: true, value: { primary: 'C:\\backups', secondary: null } }),
        'backup/choose-second-folder': async () => ({ ok: true, value: { folder: 'E:\\备份' } }),
      }),
    );
    await expect(platform.backupFolders()).resolves.toEqual({ primary: 'C:\\backups', secondary: null });
    await expect(platform.chooseBackupSecondFolder()).resolves.toBe('E:\\备份');
  });

  it('clears the second backup folder through its channel, and reports a failure', async () => {
    const clear = vi.fn(async () => ({ ok: true as const, value: { cleared: true as const } }));
    await expect(createElectronPlatform(fakeApi({ 'backup/clear-second-folder': clear })).clearBackupSecondFolder()).resolves.toBeUndefined();
    expect(clear).toHaveBeenCalledWith({});
    const failing = createElectronPlatform(fakeApi({ 'backup/clear-second-folder': fail({ code: 'FAILED', message: '无法保存设置' }) }));
    await expect(failing.clearBackupSecondFolder()).rejects.toThrow('无法保存设置');
  });
});
