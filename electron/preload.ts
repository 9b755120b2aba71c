/**
 * The sandboxed preload: exposes exactly the contract's channels as `window.api`, each a call to
 * `ipcRenderer.invoke`. No `ipcRenderer`, no generic send. Only types come from the contract, so
 * zod stays out of this bundle.
 *
 * The object is written out per channel rather than built by iterating `ipcChannels`: iteration
 * would need a cast, whereas `satisfies Api` makes a missing, extra or misspelt channel a compile
 * error (and preload.test.ts checks the keys against `ipcChannels` at run time).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api, IpcArgs, IpcChannel, IpcResponse, IpcResult } from '@shared/ipc';

function invoker<C extends IpcChannel>(channel: C): (args: IpcArgs<C>) => Promise<IpcResponse<IpcResult<C>>> {
  return (args) => ipcRenderer.invoke(channel, args);
}

const api = {
  'app/info': invoker('app/info'),
  'export/choose-folder': invoker('export/choose-folder'),
  'export/get-folder': invoker('export/get-folder'),
  'export/write': invoker('export/write'),
  'file/save-as': invoker('file/save-as'),
  'print/print': invoker('print/print'),
  'print/pdf': invoker('print/pdf'),
  'print/printers': invoker('print/printers'),
  'backup/write-auto': invoker('backup/write-auto'),
  'backup/choose-second-folder': invoker('backup/choose-second-folder'),
  'backup/clear-second-folder': invoker('backup/clear-second-folder'),
  'backup/get-folders': invoker('backup/get-folders'),
  'backup/open': invoker('backup/open'),
  'backup/wrap-key': invoker('backup/wrap-key'),
  'backup/unwrap-key': invoker('backup/unwrap-key'),
  'shell/open-external': invoker('shell/open-external'),
  'backup/version-check': invoker('backup/version-check'),
  'backup/version-started': invoker('backup/version-started'),
  'storage/free-space': invoker('storage/free-space'),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
