import type { PrintService } from '../../print';
import type { Handlers } from '../register';
import { appInfoHandlers, type AppInfoDeps } from './app-info';
import { backupHandlers, type BackupDeps } from './backup';
import { exportHandlers, type ExportDeps } from './export';
import { fileHandlers, type FileDeps } from './file';
import { printHandlers } from './print';
import { shellHandlers, type ShellDeps } from './shell';
import { versionHandlers, type VersionDeps } from './version';
import { storageHandlers, type StorageDeps } from './storage';

export interface HandlerDeps<E> extends ExportDeps<E>, FileDeps<E>, BackupDeps<E>, VersionDeps {
  app: AppInfoDeps;
  printer: PrintService;
  shell: ShellDeps;
  /** Free-space probe of the data disk; main passes `fs.promises.statfs` (tests a fake). */
  storage?: StorageDeps;
}

/** All channel handlers; the `Handlers` type makes a missing channel a compile error. */
export function createHandlers<E>(deps: HandlerDeps<E>): Handlers<E> {
  return {
    ...appInfoHandlers<E>(deps.app),
    ...exportHandlers(deps),
    ...fileHandlers(deps),
    ...backupHandlers(deps),
    ...printHandlers<E>(deps.printer),
    ...shellHandlers<E>(deps.shell),
    ...versionHandlers<E>(deps),
    ...storageHandlers<E>(deps.app, deps.storage),
  };
}
