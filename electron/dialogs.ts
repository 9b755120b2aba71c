import { join } from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron';
import type { SaveDialogRequest } from './ipc/handlers/file';

/** Dialogs are modal to the window that asked, so they cannot get lost behind it. */
function ownerOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

export async function chooseExportFolder(event: IpcMainInvokeEvent, current: string | null): Promise<string | null> {
  const options = {
    title: '选择导出文件夹',
    buttonLabel: '选择此文件夹',
    defaultPath: current ?? app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'] satisfies ('openDirectory' | 'createDirectory')[],
  };
  const owner = ownerOf(event);
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseSavePath(event: IpcMainInvokeEvent, request: SaveDialogRequest): Promise<string | null> {
  const options = {
    title: '另存为',
    defaultPath: join(app.getPath('documents'), request.defaultName),
    filters: [{ name: request.filterName, extensions: request.extensions }],
  };
  const owner = ownerOf(event);
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
