import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { preloadPath } from './paths';
import { loadWindowState, minWindowSize, placeWindow, saveWindowState, type Rect } from './window-state';

export const appTitle = '售后服务中心';

export interface WindowPolicy {
  /** False in an installed build: no developer tools, whatever shortcut or call asks for them. */
  devTools: boolean;
}

/** The main window's options. The four security flags are spelled out even where they are defaults. */
export function mainWindowOptions(bounds: Rect, policy: WindowPolicy): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: appTitle,
    show: false,
    backgroundColor: '#f5f7fa',
    autoHideMenuBar: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: policy.devTools,
      preload: preloadPath,
    },
  };
}

/** Creates the main window at its remembered place and remembers it again on close. */
export function createMainWindow(stateFile: string, url: string, policy: WindowPolicy): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = placeWindow(loadWindowState(stateFile), displays, screen.getPrimaryDisplay().workArea);
  const win = new BrowserWindow(mainWindowOptions(state.bounds, policy));
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    saveWindowState(stateFile, { bounds: win.getNormalBounds(), isMaximized: win.isMaximized() });
  });
  // The page's <title> must not replace the product name in the taskbar.
  win.on('page-title-updated', (event) => event.preventDefault());
  void win.loadURL(url);
  return win;
}

type FocusableWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** A second launch brings the existing window forward instead of opening another. */
export function focusWindow(win: FocusableWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
