import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '@shared/ipc';

interface FakeWindowRecord {
  options: unknown;
  url: string | null;
  closeListeners: ((event: { preventDefault(): void }) => void)[];
  executeJavaScript: (code: string, userGesture?: boolean) => Promise<unknown>;
}

/** Records the order of the calls that must happen before `ready`. */
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  let ready: () => void = () => undefined;
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: FakeWindowRecord[] = [];
  return {
    calls,
    appListeners,
    windows,
    gotLock: true,
    resolveReady: () => ready(),
    readyPromise: () => new Promise<void>((r) => (ready = r)),
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = { executeJavaScript: vi.fn(async (_code: string, _userGesture?: boolean): Promise<unknown> => undefined) };
    private readonly record: FakeWindowRecord;
    constructor(options: unknown) {
      this.record = { options, url: null, closeListeners: [], executeJavaScript: this.webContents.executeJavaScript };
      fake.windows.push(this.record);
    }
    maximize() {}
    once() {}
    on(event: string, listener: (event: { preventDefault(): void }) => void) {
      if (event === 'close') this.record.closeListeners.push(listener);
    }
    close() {}
    isDestroyed() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isMaximized() {
      return false;
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  return {
    app: {
      getPath: (name: string) => (name === 'appData' ? join('/nonexistent', 'AppData') : join('/nonexistent', name)),
      setPath: (name: string, path: string) => fake.calls.push(`setPath ${name} ${path}`),
      requestSingleInstanceLock: () => {
        fake.calls.push('lock');
        return fake.gotLock;
      },
      quit: () => fake.calls.push('quit'),
      on: (event: string, listener: (...args: unknown[]) => void) => fake.appListeners.set(event, listener),
      whenReady: () => {
        fake.calls.push('whenReady');
        return fake.readyPromise();
      },
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => fake.calls.push(`privileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string) => fake.calls.push(`handle ${scheme}`),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => fake.calls.push('csp') },
        setPermissionRequestHandler: () => fake.calls.push('permission-request'),
        setPermissionCheckHandler: () => fake.calls.push('permission-check'),
      },
    },
    ipcMain: { handle: (channel: string) => fake.calls.push(`ipc ${channel}`) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => fake.calls.push('menu') },
    BrowserWindow,
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    dialog: {},
    shell: { openExternal: async () => undefined },
    // Used lazily, at the first backup: the start itself never touches the OS key store.
    safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
  };
});

afterEach(() => {
  vi.unstubAllEnvs();
  fake.calls.length = 0;
  fake.windows.length = 0;
  fake.appListeners.clear();
  vi.resetModules();
});

describe('main entry', () => {
  it('pins userData, takes the lock and registers app:// before ready', async () => {
    fake.gotLock = true;
    await import('./main');
    expect(fake.calls).toEqual([
      `setPath userData ${join('/nonexistent', 'AppData', 'ShouhouCenter')}`,
      'lock',
      'privileged app',
      'whenReady',
    ]);
  });

  it('after ready: CSP, permissions, the app:// handler, every IPC channel, then the window on app://app', async () => {
    fake.gotLock = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    await import('./main');
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.calls).toContain('menu'));
    expect(fake.calls).toEqual(expect.arrayContaining(['csp', 'permission-request', 'permission-check', 'handle app']));
    expect(fake.calls.filter((c) => c.startsWith('ipc ')).sort()).toEqual(ipcChannels.map((c) => `ipc ${c}`).sort());
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.url).toBe('app://app/index.html');
    expect(fake.windows[0]?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } });
  });

  it("holds the main window's first close to run the renderer's before-quit hook", async () => {
    fake.gotLock = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    await import('./main');
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const win = fake.windows[0];
    const preventDefault = vi.fn();
    // The window-state listener cannot write under /nonexistent and warns; only the quit hook matters here.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const listener of win?.closeListeners ?? []) listener({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(win?.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('__shouhouBeforeQuit'), true);
  });

  it('loads the Vite dev server instead when electron-vite dev sets ELECTRON_RENDERER_URL', async () => {
    fake.gotLock = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await import('./main');
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.windows[0]?.url).toBe('http://localhost:5173'));
  });

  it('quits when all windows are closed and focuses the first window on a second launch', async () => {
    fake.gotLock = true;
    await import('./main');
    expect(fake.appListeners.has('second-instance')).toBe(true);
    fake.appListeners.get('window-all-closed')?.();
    expect(fake.calls).toContain('quit');
  });

  it('quits at once, registering nothing, when another instance holds the lock', async () => {
    fake.gotLock = false;
    await import('./main');
    expect(fake.calls).toEqual([`setPath userData ${join('/nonexistent', 'AppData', 'ShouhouCenter')}`, 'lock', 'quit']);
  });
});
