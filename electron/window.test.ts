import { isAbsolute, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  BrowserWindow: class {},
  screen: { getAllDisplays: () => [], getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }) },
}));

const { mainWindowOptions, focusWindow, appTitle } = await import('./window');

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ x: 10, y: 20, width: 1280, height: 800 }, { devTools: false });

  it('sets the four security flags', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('keeps node out of workers and subframes, and <webview> off', () => {
    expect(options.webPreferences).toMatchObject({
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('has no developer tools in an installed build, and has them while developing', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ x: 0, y: 0, width: 1280, height: 800 }, { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('loads the CommonJS preload built next to main', () => {
    const preload = options.webPreferences?.preload ?? '';
    expect(isAbsolute(preload)).toBe(true);
    expect(preload.endsWith(join('preload', 'preload.cjs'))).toBe(true);
  });

  it('uses the given bounds, a minimum size and the Chinese title, shown only when ready', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1280, height: 800, title: '售后服务中心', show: false });
    expect(appTitle).toBe('售后服务中心');
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
  });
});

describe('focusWindow (second launch)', () => {
  function fakeWindow(minimized: boolean) {
    return { isDestroyed: () => false, isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
  }

  it('restores a minimised window and focuses it', () => {
    const win = fakeWindow(true);
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('does not restore a window that is not minimised', () => {
    const win = fakeWindow(false);
    focusWindow(win);
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});
