import { statfs } from 'node:fs/promises';
import { OperationError } from '../../errors';
import type { Handlers } from '../register';
import type { AppInfoDeps } from './app-info';

/** The part of `fs.statfs`'s answer that says how much the app may still write. */
export interface DiskStats {
  /** Free blocks available to an unprivileged user (what the app can use). */
  bavail: number | bigint;
  bsize: number | bigint;
}

export interface StorageDeps {
  statfs(path: string): Promise<DiskStats>;
}

const realStatfs: StorageDeps = { statfs: (path) => statfs(path) };

/** `storage/free-space`: free bytes on the disk that holds userData (IndexedDB, backups, prefs). */
export function storageHandlers<E>(app: Pick<AppInfoDeps, 'getPath'>, deps: StorageDeps = realStatfs): Pick<Handlers<E>, 'storage/free-space'> {
  return {
    'storage/free-space': async () => {
      let stats: DiskStats;
      try {
        stats = await deps.statfs(app.getPath('userData'));
      } catch (error) {
        throw new OperationError('FAILED', `无法读取磁盘剩余空间:${error instanceof Error ? error.message : String(error)}`);
      }
      return { freeBytes: Number(stats.bavail) * Number(stats.bsize) };
    },
  };
}
