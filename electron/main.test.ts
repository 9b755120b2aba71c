import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    menu: null as unknown,
    /** A real folder for the tests that need userData on disk; else /nonexistent. */
    appData: null as string | null,
    isPackaged: false,
    switches: [] as string[],
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
      getPath: (name: string) => (name === 'appData' ? (fake.appData ?? join('/nonexistent', 'AppData')) : join('/nonexistent', name)),
      setPath: (name: string, path: string) => fake.calls.push(`setPath ${name} ${path}`),
      requestSingleInstanceLock: () => {
        fake.calls.push('lock');
        return fake.gotLock;
      },
      quit: () => fake.calls.push('quit'),
      exit: (code: number) => fake.calls.push(`exit ${code}`),
      get isPackaged() {
        return fake.isPackaged;
      },
      commandLine: { hasSwitch: (name: string) => fake.switches.includes(name) },
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
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (menu: unknown) => {
        fake.menu = menu;
        fake.calls.push('menu');
      },
    },
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

const argv = process.argv;

afterEach(() => {
  process.argv = argv;
  fake.isPackaged = false;
  fake.switches = [];
  fake.menu = null;
  fake.appData = null;
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

/** Every label in the application menu, submenus included. */
function menuLabels(menu: unknown): string[] {
  const items = Array.isArray(menu) ? (menu as { label?: string; submenu?: unknown }[]) : [];
  return items.flatMap((item) => [item.label ?? '', ...menuLabels(item.submenu)]);
}

describe('an installed build', () => {
  it('ignores ELECTRON_RENDERER_URL: loads app://app with no developer tools and no reload menu', async () => {
    fake.gotLock = true;
    fake.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://127.0.0.1:9999/evil.html');
    await import('./main');
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.calls).toContain('menu'));
    expect(fake.windows[0]?.url).toBe('app://app/index.html');
    expect(fake.windows[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
    expect(menuLabels(fake.menu)).not.toContain('重新加载');
    expect(menuLabels(fake.menu)).not.toContain('开发者工具');
  });

  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-pipe'],
    ['--inspect'],
    ['--inspect-brk=9229'],
    ['--inspect-port=0'],
  ])('quits at once on %s, before pinning userData or taking the lock', async (flag) => {
    fake.gotLock = true;
    fake.isPackaged = true;
    process.argv = ['C:\\Program Files\\售后服务中心\\售后服务中心.exe', flag];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('./main');
    expect(fake.calls).toEqual(['exit 1']);
  });

  it('quits at once on a debugging port that only Chromium saw', async () => {
    fake.isPackaged = true;
    fake.switches = ['remote-debugging-port'];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('./main');
    expect(fake.calls).toEqual(['exit 1']);
  });

  it('quits at once when ELECTRON_RUN_AS_NODE is set', async () => {
    fake.isPackaged = true;
    vi.stubEnv('ELECTRON_RUN_AS_NODE', '1');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('./main');
    expect(fake.calls).toEqual(['exit 1']);
  });

  it('a development build still starts with a debugger attached and offers the developer tools', async () => {
    fake.gotLock = true;
    process.argv = ['electron', '--inspect=9229', '.'];
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await import('./main');
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.calls).toContain('menu'));
    expect(fake.windows[0]?.options).toMatchObject({ webPreferences: { devTools: true } });
    expect(menuLabels(fake.menu)).toContain('开发者工具');
  });
});

describe('the first start of a new version', () => {
  it('copies the browser storage before ready, with the lock held and before app:// is registered', async () => {
    const appData = mkdtempSync(join(tmpdir(), 'appdata-'));
    try {
      fake.appData = appData;
      fake.gotLock = true;
      const userData = join(appData, 'ShouhouCenter');
      mkdirSync(join(userData, 'IndexedDB', 'app_app_0.indexeddb.leveldb'), { recursive: true });
      writeFileSync(join(userData, 'IndexedDB', 'app_app_0.indexeddb.leveldb', '000005.ldb'), 'records');
      writeFileSync(join(userData, 'prefs.json'), JSON.stringify({ lastStartedVersion: { appVersion: '0.0.9', electronVersion: '45.5.0' } }));
      await import('./main');
      expect(fake.calls).toEqual([`setPath userData ${userData}`, 'lock', 'privileged app', 'whenReady']);
      const snapshots = readdirSync(join(userData, 'backups', 'before-upgrade'));
      expect(snapshots).toHaveLength(1);
      expect(snapshots[0]).toMatch(/-storage-before-0\.1\.0-electron-/);
      expect(readdirSync(join(userData, 'backups', 'before-upgrade', snapshots[0] ?? '', 'IndexedDB'))).toEqual(['app_app_0.indexeddb.leveldb']);
    } finally {
      rmSync(appData, { recursive: true, force: true });
    }
  });
});

