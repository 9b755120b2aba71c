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

  it('maps a rejected IPC call to a FAILED PlatformError', async () => {
    await expect(unwrap(Promise.reject(new Error('channel closed')))).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'FAILED',
      message: 'channel closed',
    });
  });
});

describe('createElectronPlatform', () => {
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

  it('prints through the system dialog with the document and its page size', async () => {
    const print = vi.fn<Api['print/print']>(async () => ({ ok: true, value: { printed: true } }));
    await createElectronPlatform(fakeApi({ 'print/print': print })).print(doc);
    expect(print).toHaveBeenCalledWith({ html: doc.html, pageSize: doc.pageSize, silent: false });
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
});
