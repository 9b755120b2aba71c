import { errnoCode, OperationError } from '../../errors';

const folderErrorCodes = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS']);

export function exportFolderUnusable(folder: string): OperationError {
  return new OperationError('FAILED', `导出文件夹不存在或不可写:${folder}。请重新选择导出文件夹。`);
}

export function saveFolderUnusable(folder: string): OperationError {
  return new OperationError('FAILED', `文件夹不存在或不可写:${folder}。文件未保存。`);
}

export function backupFolderUnusable(folder: string): OperationError {
  return new OperationError('FAILED', `备份文件夹不存在或不可写:${folder}。备份未保存。`);
}

/**
 * Turns a failed write into the message the clerk sees. By the time this runs the atomic write has
 * already removed its temporary file, so nothing half-saved is left.
 */
export function writeFailure(error: unknown, folderUnusable: OperationError): OperationError {
  const code = errnoCode(error);
  if (code && folderErrorCodes.has(code)) return folderUnusable;
  if (code === 'EBUSY') return new OperationError('FAILED', '文件被其他程序占用,请关闭后重试。文件未保存。');
  if (code === 'ENOSPC') return new OperationError('FAILED', '磁盘空间不足,文件未保存。');
  const reason = error instanceof Error ? error.message : String(error);
  return new OperationError('FAILED', `写入文件失败,文件未保存:${reason}`);
}
