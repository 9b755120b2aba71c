/**
 * Main-process entry: the order matters. A start the installed app refuses (a debugger switch, run as
 * node) ends before anything else; then userData is pinned (the single-instance lock and all browser
 * storage live there), the app:// scheme is registered before `ready`, everything else after.
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
import { createPrefs, readLastStartedVersionSync, type StartedVersion } from './prefs';
import { PrintService } from './print';
import { PrintDocStore } from './print-docs';
import { createPrintWindow } from './print-window';
import { installQuitHook } from './quit-hook';
import { allowsDevTools, describeRefusal, launchRefusal, rendererDevUrl, type LaunchContext } from './launch-policy';
import { installContentsGuards, installCsp, installPermissionHandlers } from './security';
import { snapshotStorageBeforeNewVersion, upgradeFolderName } from './version-start';
import { appTitle, createMainWindow, focusWindow } from './window';

const launch: LaunchContext = {
  isPackaged: app.isPackaged,
  argv: process.argv,
  env: process.env,
  platform: process.platform,
  hasSwitch: (name) => app.commandLine.hasSwitch(name),
};
/** Set by `electron-vite dev`: the renderer then comes from the Vite dev server (never in an installed build). */
const devUrl = rendererDevUrl(launch);
const devTools = allowsDevTools(launch);
const refusal = launchRefusal(launch);

const userData = refusal ? '' : pinUserDataPath(app);

if (refusal) {
  console.error(describeRefusal(refusal));
  // exit, not quit: nothing is open yet that should get the chance to run.
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before `ready` and only with the lock held: no other instance or Chromium has the storage open yet.
  const snapshot = snapshotStorageBeforeNewVersion({ userData, current: currentVersion(), lastStarted: readLastStartedVersionSync(prefsFile()) });
  if (snapshot.status === 'taken') console.info(`storage copied before the new version into ${snapshot.folder}`);
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  start();
}

function prefsFile(): string {
  return join(userData, 'prefs.json');
}

/** This start's version: the app's, and the Electron (Chromium) whose upgrade may migrate the storage. */
function currentVersion(): StartedVersion {
  return { appVersion: app.getVersion(), electronVersion: process.versions['electron'] ?? 'unknown' };
}

function start(): void {
  const printDocs = new PrintDocStore();
  const printer = new PrintService(() => createPrintWindow({ devTools }), printDocs);
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
    const win = createMainWindow(join(userData, 'window-state.json'), devUrl ?? appEntryUrl, { devTools });
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
  const prefs = createPrefs(prefsFile());
  const handlers = createHandlers({
    app,
    prefs,
    chooseFolder: chooseExportFolder,
    chooseSavePath,
    backupsFolder: join(userData, 'backups'),
    upgradeBackupsFolder: join(userData, 'backups', upgradeFolderName),
    currentVersion: currentVersion(),
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
    // 重新加载 / 开发者工具 only while developing; an installed build has neither.
    isDev: devTools && devUrl !== undefined,
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
