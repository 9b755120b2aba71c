/**
 * Main-process entry: the order matters. userData is pinned first (the single-instance lock and all
 * browser storage live there), the app:// scheme is registered before `ready`, everything else after.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell, type MessageBoxOptions } from 'electron';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { createDeviceKeyStore } from './backup-key';
import { chooseBackupFile, chooseBackupFolder, chooseExportFolder, chooseSavePath } from './dialogs';
import { createHandlers } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { menuCommandScript, menuTemplate } from './menu';
import { appEntryUrl, appScheme, isTrustedAppUrl } from './origins';
import { pinUserDataPath, rendererDir } from './paths';
import { createPrefs } from './prefs';
import { PrintService } from './print';
import { PrintDocStore } from './print-docs';
import { createPrintWindow } from './print-window';
import { installQuitHook } from './quit-hook';
import { installContentsGuards, installCsp, installPermissionHandlers } from './security';
import { appTitle, createMainWindow, focusWindow } from './window';

/** Set by `electron-vite dev`: the renderer then comes from the Vite dev server. */
const devUrl = process.env['ELECTRON_RENDERER_URL'] || undefined;

const userData = pinUserDataPath(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  start();
}

function start(): void {
  const printDocs = new PrintDocStore();
  const printer = new PrintService(createPrintWindow, printDocs);
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => {
    installContentsGuards(contents, (url) => isTrustedAppUrl(url, devUrl));
  });

  void app.whenReady().then(() => {
    installCsp(session.defaultSession, devUrl);
    installPermissionHandlers(session.defaultSession, devUrl);
    protocol.handle(appScheme, createAppProtocolHandler({ rendererDir, printDocs }));
    registerIpc(printer);
    const win = createMainWindow(join(userData, 'window-state.json'), devUrl ?? appEntryUrl);
    // The renderer backs up on quit (issue 3) before the window may close.
    installQuitHook(win);
    win.on('closed', () => {
      printer.dispose();
      mainWindow = null;
    });
    installMenu(win);
    mainWindow = win;
  });
}

function registerIpc(printer: PrintService): void {
  const prefs = createPrefs(join(userData, 'prefs.json'));
  const handlers = createHandlers({
    app,
    prefs,
    chooseFolder: chooseExportFolder,
    chooseSavePath,
    backupsFolder: join(userData, 'backups'),
    chooseBackupFolder,
    chooseBackupFile,
    deviceKey: createDeviceKeyStore(join(userData, 'backup-device-key.bin'), safeStorage),
    printer,
    shell,
  });
  registerHandlers(ipcMain, handlers, (frame) => frame !== null && isTrustedAppUrl(frame.url, devUrl));
}

function installMenu(win: BrowserWindow): void {
  const template = menuTemplate({
    isDev: devUrl !== undefined,
    onPrint: () => void win.webContents.executeJavaScript(menuCommandScript('print')),
    onCommand: (command) => void win.webContents.executeJavaScript(menuCommandScript(command)),
    onAbout: () => void showAbout(win),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function showAbout(owner: BrowserWindow): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: '关于',
    message: appTitle,
    detail: `版本 ${app.getVersion()}\n数据位置:${userData}`,
  };
  await dialog.showMessageBox(owner, options);
}
