import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, type IpcChannel } from '@shared/ipc';
import { OperationError } from '../errors';
import { isTrustedAppUrl } from '../origins';
import { registerHandlers, type Handlers, type IpcMainLike } from './register';

interface FakeEvent {
  senderFrame: { url: string } | null;
}

type Listener = (event: FakeEvent, ...args: unknown[]) => Promise<unknown>;

/** A stand-in ipcMain that records `handle` registrations and lets a test invoke them. */
class FakeIpcMain implements IpcMainLike<FakeEvent> {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  invoke(channel: IpcChannel, args: unknown, frameUrl: string | null = 'app://app/index.html'): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, args);
  }
}

function setup() {
  const handlers = {
    'app/info': vi.fn(async () => ({ version: '1', platform: 'win32', userDataPath: 'x', hostname: 'h' })),
    'export/choose-folder': vi.fn(async () => null),
    'export/get-folder': vi.fn(async () => ({ folder: null })),
    'export/write': vi.fn(async () => ({ path: 'C:\\exports\\a.xlsx' })),
    'file/save-as': vi.fn(async () => null),
    'print/print': vi.fn(async () => ({ printed: true as const })),
    'print/pdf': vi.fn(async () => ({ bytes: new Uint8Array([37, 80]) })),
    'print/printers': vi.fn(async () => ({ printers: [] })),
    'backup/write-auto': vi.fn(async () => ({ path: 'C:\\backups\\a.shbk', kept: 1 })),
    'backup/choose-second-folder': vi.fn(async () => null),
    'backup/clear-second-folder': vi.fn(async () => ({ cleared: true as const })),
    'backup/get-folders': vi.fn(async () => ({ primary: 'C:\\backups', secondary: null })),
    'backup/open': vi.fn(async () => null),
    'backup/wrap-key': vi.fn(async () => ({ slot: { type: 'device' as const, keyId: '0'.repeat(16), iv: 'A'.repeat(16), wrapped: 'A'.repeat(64) } })),
    'backup/unwrap-key': vi.fn(async () => ({ refused: 'otherDevice' as const })),
    'shell/open-external': vi.fn(async () => ({ opened: true as const })),
    'backup/version-check': vi.fn(async () => null),
    'backup/version-started': vi.fn(async () => ({ path: null })),
    'storage/free-space': vi.fn(async () => ({ freeBytes: 1 })),
  } satisfies Handlers<FakeEvent>;
  const ipcMain = new FakeIpcMain();
  registerHandlers(ipcMain, handlers, (frame) => frame !== null && isTrustedAppUrl(frame.url));
  return { ipcMain, handlers };
}

const bytes = new Uint8Array([1, 2, 3]);

describe('registerHandlers', () => {
  it('registers exactly one invoke handler per contract channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('passes parsed arguments to the handler and wraps the value', async () => {
    const { ipcMain, handlers } = setup();
    const response = await ipcMain.invoke('export/write', { fileName: '电话记录_2025-01.xlsx', bytes });
    expect(response).toEqual({ ok: true, value: { path: 'C:\\exports\\a.xlsx' } });
    expect(handlers['export/write']).toHaveBeenCalledWith({ fileName: '电话记录_2025-01.xlsx', bytes }, expect.anything());
  });

  it.each([
    ['a path in the file name', { fileName: '../x.xlsx', bytes }, 'reservedCharacter'],
    ['a Windows path in the file name', { fileName: '..\\x.xlsx', bytes }, 'reservedCharacter'],
    ['a bare ..', { fileName: '..', bytes }, 'trailingDotOrSpace'],
    ['an .exe', { fileName: 'evil.exe', bytes }, 'extension'],
    ['a .lnk', { fileName: '电话记录.lnk', bytes }, 'extension'],
    ['an .hta', { fileName: 'x.hta', bytes }, 'extension'],
    ['a right-to-left override', { fileName: '电话记录\u202Exslx.exe', bytes }, 'bidiControl'],
    ['CONOUT$', { fileName: 'CONOUT$', bytes }, 'deviceName'],
    ['CONIN$.xlsx', { fileName: 'CONIN$.xlsx', bytes }, 'deviceName'],
    ['LPT9.xlsx', { fileName: 'LPT9.xlsx', bytes }, 'deviceName'],
    ['a control character', { fileName: 'a\u001Bb.xlsx', bytes }, 'controlCharacter'],
    ['a trailing space', { fileName: 'a.xlsx ', bytes }, 'trailingDotOrSpace'],
  ])('refuses export/write with %s as BAD_FILE_NAME, worded, without calling the handler', async (_name, args, problem) => {
    const { ipcMain, handlers } = setup();
    const response = await ipcMain.invoke('export/write', args);
    expect(response).toMatchObject({ ok: false, error: { code: 'BAD_FILE_NAME', fileName: { problem, allowed: ['xlsx'] } } });
    expect(response).toHaveProperty('error.message', expect.stringContaining('文件未保存'));
    expect(response).not.toHaveProperty('error.message', expect.stringContaining('export/write'));
    expect(handlers['export/write']).not.toHaveBeenCalled();
  });

  it('refuses a save-as offering .exe or suggesting a device name, without calling the handler', async () => {
    const { ipcMain, handlers } = setup();
    const save = { bytes, filterName: 'PDF' };
    expect(await ipcMain.invoke('file/save-as', { ...save, defaultName: 'x.exe', extensions: ['exe'] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_FILE_NAME', fileName: { problem: 'extension', allowed: ['pdf', 'xlsx', 'json', 'shbk'] } },
    });
    expect(await ipcMain.invoke('file/save-as', { ...save, defaultName: 'NUL.pdf', extensions: ['pdf'] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_FILE_NAME', fileName: { problem: 'deviceName' } },
    });
    expect(handlers['file/save-as']).not.toHaveBeenCalled();
    await ipcMain.invoke('file/save-as', { ...save, defaultName: '电话记录表.pdf', extensions: ['pdf'] });
    expect(handlers['file/save-as']).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['bytes as a string', { fileName: 'x.xlsx', bytes: 'AAEC' }],
    ['an extra property', { fileName: 'x.xlsx', bytes, folder: 'C:\\' }],
    ['no arguments at all', undefined],
  ])('refuses export/write with %s as BAD_ARGS without calling the handler', async (_name, args) => {
    const { ipcMain, handlers } = setup();
    const response = await ipcMain.invoke('export/write', args);
    expect(response).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    expect(response).toHaveProperty('error.message', expect.stringContaining('参数无效'));
    expect(handlers['export/write']).not.toHaveBeenCalled();
  });

  const backupName = '售后服务中心-备份-2026-11-27-0830.shbk';
  const page = { html: '<p>x</p>', pageSize: { widthMm: 210, heightMm: 297 }, silent: true };
  it.each([
    ['backup/write-auto', 'bytes as a plain array', { fileName: backupName, bytes: [1, 2] }],
    ['backup/write-auto', 'a folder smuggled in', { fileName: backupName, bytes, folder: 'C:\\' }],
    ['backup/choose-second-folder', 'a folder passed in', { folder: 'C:\\' }],
    ['backup/get-folders', 'no arguments at all', undefined],
    ['backup/clear-second-folder', 'a folder passed in', { folder: 'E:\\' }],
    ['backup/open', 'a path passed in', { path: 'C:\\x.shbk' }],
    ['print/print', 'a fractional dpi', { ...page, dpi: 300.5 }],
    ['print/print', 'a dpi of 0', { ...page, dpi: 0 }],
    ['print/print', 'a dpi as a string', { ...page, dpi: '300' }],
  ] as const)('refuses %s with %s as BAD_ARGS without calling the handler', async (channel, _name, args) => {
    const { ipcMain, handlers } = setup();
    const response = await ipcMain.invoke(channel, args);
    expect(response).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it.each([
    ['a path in the file name', `..\\${backupName}`],
    ['a name that is not a .shbk backup', 'a.xlsx'],
  ])('refuses backup/write-auto with %s without calling the handler', async (_name, fileName) => {
    const { ipcMain, handlers } = setup();
    expect(await ipcMain.invoke('backup/write-auto', { fileName, bytes })).toMatchObject({ ok: false, error: { code: 'BAD_FILE_NAME' } });
    expect(handlers['backup/write-auto']).not.toHaveBeenCalled();
  });

  it('passes a valid backup write and a print with a dpi to their handlers', async () => {
    const { ipcMain, handlers } = setup();
    const written = await ipcMain.invoke('backup/write-auto', { fileName: '售后服务中心-备份-2026-11-27-0830.shbk', bytes });
    expect(written).toEqual({ ok: true, value: { path: 'C:\\backups\\a.shbk', kept: 1 } });
    await ipcMain.invoke('print/print', { html: '<p>x</p>', pageSize: { widthMm: 241, heightMm: 140 }, silent: true, printerName: 'EPSON', dpi: 180 });
    expect(handlers['print/print']).toHaveBeenCalledWith(expect.objectContaining({ printerName: 'EPSON', dpi: 180 }), expect.anything());
  });

  it('names the offending field in the BAD_ARGS message', async () => {
    const { ipcMain } = setup();
    const response = await ipcMain.invoke('print/print', { html: '<p>x</p>', pageSize: { widthMm: -1, heightMm: 297 }, silent: true });
    expect(response).toHaveProperty('error.message', expect.stringContaining('pageSize.widthMm'));
  });

  it.each([
    ['a remote page', 'https://example.com/'],
    ['a print document', 'app://print/job-1.html'],
    ['a file:// page', 'file:///C:/evil.html'],
    ['a destroyed frame', null],
  ])('refuses a call from %s as FORBIDDEN without calling the handler', async (_name, frameUrl) => {
    const { ipcMain, handlers } = setup();
    const response = await ipcMain.invoke('app/info', {}, frameUrl);
    expect(response).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlers['app/info']).not.toHaveBeenCalled();
  });

  it('reports an OperationError with its own code and message', async () => {
    const { ipcMain, handlers } = setup();
    handlers['print/print'].mockRejectedValueOnce(new OperationError('CANCELLED', '已取消打印。'));
    const response = await ipcMain.invoke('print/print', { html: '<p>x</p>', pageSize: { widthMm: 210, heightMm: 297 }, silent: false });
    expect(response).toEqual({ ok: false, error: { code: 'CANCELLED', message: '已取消打印。' } });
  });

  it('reports any other exception as FAILED instead of throwing across IPC', async () => {
    const { ipcMain, handlers } = setup();
    handlers['app/info'].mockRejectedValueOnce(new Error('disk on fire'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const response = await ipcMain.invoke('app/info', {});
    expect(response).toEqual({ ok: false, error: { code: 'FAILED', message: '操作失败:disk on fire' } });
  });
});
