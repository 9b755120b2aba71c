import { BrowserWindow } from 'electron';
import type { WindowPolicy } from './window';

/**
 * The hidden window print jobs render in: sandboxed, isolated, no preload (the print document needs
 * no API), never shown. Its documents come from `app://print/…` with a script-free CSP.
 */
export function createPrintWindow(policy: WindowPolicy): BrowserWindow {
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: policy.devTools,
    },
  });
  // A crashed print renderer is replaced on the next job rather than reused.
  win.webContents.on('render-process-gone', () => win.destroy());
  return win;
}
