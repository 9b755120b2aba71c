import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { autoBackupNameTime } from '@shared/backup/file-names';
import { backupTooLargeMessage, maxBackupBytes } from '@shared/ipc';
import { writeFileAtomic } from '../../atomic-write';
import { pruneBackups } from '../../backup-files';
import { errnoCode, OperationError } from '../../errors';
import type { DeviceKeyStore } from '../../backup-key';
import type { Prefs } from '../../prefs';
import type { Handlers } from '../register';
import { backupFolderUnusable, writeFailure } from './write-errors';

export interface BackupDeps<E> {
  prefs: Prefs;
  /** userData/backups: the primary place of every automatic backup. */
  backupsFolder: string;
  /** Folder picker for the second backup folder; null when the user cancels. */
  chooseBackupFolder(event: E, current: string | null): Promise<string | null>;
  /** Open dialog for a backup file; null when the user cancels. */
  chooseBackupFile(event: E): Promise<string | null>;
  /** This PC's device key (safeStorage); it wraps and unwraps backups' data keys and never leaves main. */
  deviceKey: DeviceKeyStore;
  log?: (message: string, error: unknown) => void;
  /** The clock the rotation compares file times with (tests set it). */
  now?: () => number;
}

type BackupHandlers<E> = Pick<
  Handlers<E>,
  | 'backup/write-auto'
  | 'backup/choose-second-folder'
  | 'backup/clear-second-folder'
  | 'backup/get-folders'
  | 'backup/open'
  | 'backup/wrap-key'
  | 'backup/unwrap-key'
>;

/** The rotation of the last 30 automatic and manual backups: only names the app generates take part. */
function rotation<E>(deps: BackupDeps<E>) {
  return { nameTime: autoBackupNameTime, ...(deps.log ? { log: deps.log } : {}), now: deps.now?.() ?? Date.now() };
}

function reasonOf(error: unknown): string {
  const code = errnoCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return '文件夹不存在(U 盘是否已插好?)';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '没有写入权限';
  if (code === 'ENOSPC') return '磁盘空间不足';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Copies the backup into the second folder. Never throws: the primary backup is already safe, so a
 * missing USB stick only produces a message for the clerk.
 */
async function copyToSecondFolder<E>(
  deps: BackupDeps<E>,
  fileName: string,
  bytes: Uint8Array,
): Promise<{ secondaryPath?: string; secondaryError?: string }> {
  const folder = await deps.prefs.backupSecondFolder();
  if (folder === null) return {};
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    const secondaryPath = join(folder, fileName);
    await writeFileAtomic(secondaryPath, bytes);
    await pruneBackups(folder, fileName, rotation(deps));
    return { secondaryPath };
  } catch (error) {
    deps.log?.(`second backup folder ${folder} failed`, error);
    return { secondaryError: `未能复制到第二备份文件夹 ${folder}:${reasonOf(error)}。本机备份已保存。` };
  }
}

async function readBackupFile(path: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const info = await stat(path).catch((error: unknown) => {
    throw new OperationError('FAILED', `无法打开备份文件:${reasonOf(error)}`);
  });
  if (!info.isFile()) throw new OperationError('FAILED', '选择的不是文件,请选择一个备份文件(.shbk)。');
  if (info.size === 0) throw new OperationError('FAILED', '备份文件是空的,无法恢复。');
  if (info.size > maxBackupBytes) throw new OperationError('FAILED', backupTooLargeMessage(info.size));
  try {
    const buffer = await readFile(path);
    return { fileName: basename(path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    throw new OperationError('FAILED', `无法读取备份文件:${reasonOf(error)}`);
  }
}

export function backupHandlers<E>(deps: BackupDeps<E>): BackupHandlers<E> {
  return {
    'backup/write-auto': async ({ fileName, bytes }) => {
      const path = join(deps.backupsFolder, fileName);
      try {
        await mkdir(deps.backupsFolder, { recursive: true });
        await writeFileAtomic(path, bytes);
      } catch (error) {
        throw writeFailure(error, backupFolderUnusable(deps.backupsFolder));
      }
      const kept = await pruneBackups(deps.backupsFolder, fileName, rotation(deps));
      return { path, kept, ...(await copyToSecondFolder(deps, fileName, bytes)) };
    },
    'backup/choose-second-folder': async (_args, event) => {
      const folder = await deps.chooseBackupFolder(event, await deps.prefs.backupSecondFolder());
      if (folder === null) return null;
      await deps.prefs.setBackupSecondFolder(folder);
      return { folder };
    },
    'backup/clear-second-folder': async () => {
      await deps.prefs.clearBackupSecondFolder();
      return { cleared: true };
    },
    'backup/get-folders': async () => ({
      primary: deps.backupsFolder,
      secondary: await deps.prefs.backupSecondFolder(),
    }),
    'backup/open': async (_args, event) => {
      const path = await deps.chooseBackupFile(event);
      return path === null ? null : readBackupFile(path);
    },
    'backup/wrap-key': async ({ dataKey }) => ({ slot: await deps.deviceKey.wrap(dataKey) }),
    'backup/unwrap-key': async ({ slot }) => deps.deviceKey.unwrap(slot),
  };
}
