import type { PrintService } from '../../print';
import type { Handlers } from '../register';
import { appInfoHandlers, type AppInfoDeps } from './app-info';
import { exportHandlers, type ExportDeps } from './export';
import { fileHandlers, type FileDeps } from './file';
import { printHandlers } from './print';

export interface HandlerDeps<E> extends ExportDeps<E>, FileDeps<E> {
  app: AppInfoDeps;
  printer: PrintService;
}

/** All channel handlers; the `Handlers` type makes a missing channel a compile error. */
export function createHandlers<E>(deps: HandlerDeps<E>): Handlers<E> {
  return {
    ...appInfoHandlers<E>(deps.app),
    ...exportHandlers(deps),
    ...fileHandlers(deps),
    ...printHandlers<E>(deps.printer),
  };
}
