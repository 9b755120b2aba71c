import { join } from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { backupExtension } from '@shared/ipc';
import type { SaveDialogRequest } from './ipc/handlers/file';

/** Dialogs are modal to the window that asked, so they cannot get lost behind it. */
function ownerOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

async function showOpen(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<string | null> {
  const owner = ownerOf(event);
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function chooseFolder(event: IpcMainInvokeEvent, title: string, current: string | null): Promise<string | null> {
  return showOpen(event, {
    title,
    buttonLabel: '选择此文件夹',
    defaultPath: current ?? app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  });
}

export function chooseExportFolder(event: IpcMainInvokeEvent, current: string | null): Promise<string | null> {
  return chooseFolder(event, '选择导出文件夹', current);
}

export function chooseBackupFolder(event: IpcMainInvokeEvent, current: string | null): Promise<string | null> {
  return chooseFolder(event, '选择第二备份文件夹(例如 U 盘)', current);
}

export function chooseBackupFile(event: IpcMainInvokeEvent): Promise<string | null> {
  return showOpen(event, {
    title: '选择备份文件',
    buttonLabel: '打开',
    defaultPath: app.getPath('documents'),
    filters: [
      { name: '售后服务中心备份', extensions: [backupExtension] },
      { name: '所有文件', extensions: ['*'] },
    ],
    properties: ['openFile'],
  });
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
