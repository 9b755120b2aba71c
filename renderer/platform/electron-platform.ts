/**
 * The platform in Electron: every call goes through the typed `window.api` and its
 * `{ ok, value } | { ok: false, error }` answer is unwrapped here, once, for all screens.
 */
import type { DeviceKeys } from '@shared/backup/sealed-layout';
import type { Api, IpcArgs, IpcResponse } from '@shared/ipc';
import { plainBytes } from './bytes';
import { PlatformError } from './platform-error';
import type { AutoBackupWritten, Platform, PrintDocument, PrintOptions, PrintOutcome } from './platform';

/**
 * Unwraps one IPC answer: ok → its value; the user cancelling a dialog → null; any other failure (or
 * the IPC call itself rejecting) → a PlatformError with the code and message.
 */
export async function unwrap<T>(call: Promise<IpcResponse<T>>): Promise<T | null> {
  let response: IpcResponse<T>;
  try {
    response = await call;
  } catch (err) {
    throw new PlatformError('FAILED', err instanceof Error ? err.message : String(err));
  }
  if (response.ok) return response.value;
  if (response.error.code === 'CANCELLED') return null;
  throw new PlatformError(response.error.code, response.error.message, response.error.fileName);
}

const printArgs = (doc: PrintDocument) => ({ html: doc.html, pageSize: doc.pageSize });

/** Only the options actually given cross IPC (the channel's schema is strict). */
function printJobArgs(doc: PrintDocument, options: PrintOptions = {}): IpcArgs<'print/print'> {
  const { printerName, copies, dpi } = options;
  return {
    ...printArgs(doc),
    silent: options.silent ?? false,
    ...(printerName ? { printerName } : {}),
    ...(copies !== undefined ? { copies } : {}),
    ...(dpi !== undefined ? { dpi } : {}),
  };
}

async function printVia(api: Api, doc: PrintDocument, options?: PrintOptions): Promise<PrintOutcome> {
  // A cancelled dialog is not an error, but the job was not accepted either.
  const result = await unwrap(api['print/print'](printJobArgs(doc, options)));
  if (!result) return { printed: false };
  return result.message === undefined ? { printed: true } : { printed: true, message: result.message };
}

async function writeAutoBackupVia(api: Api, fileName: string, bytes: Uint8Array): Promise<AutoBackupWritten | null> {
  const written = await unwrap(api['backup/write-auto']({ fileName, bytes: plainBytes(bytes) }));
  if (!written) return null;
  return {
    location: written.path,
    ...(written.secondaryPath !== undefined ? { secondaryLocation: written.secondaryPath } : {}),
    ...(written.secondaryError !== undefined ? { warning: written.secondaryError } : {}),
  };
}

/** The device key in main, through its two channels; a refusal of main's is an answer, not an error. */
function deviceKeysVia(api: Api): DeviceKeys {
  const required = <T>(value: T | null): T => {
    if (value === null) throw new PlatformError('FAILED', 'the backup key channel answered nothing');
    return value;
  };
  return {
    wrap: async (dataKey) => required(await unwrap(api['backup/wrap-key']({ dataKey: plainBytes(dataKey) }))).slot,
    unwrap: async (slot) => required(await unwrap(api['backup/unwrap-key']({ slot }))),
  };
}

export function createElectronPlatform(api: Api): Platform {
  const deviceKeys = deviceKeysVia(api);
  return {
    kind: 'electron',
    async writeExport(fileName, bytes) {
      const written = await unwrap(api['export/write']({ fileName, bytes: plainBytes(bytes) }));
      return written ? { location: written.path } : null;
    },
    async saveFile(defaultName, bytes, filterName, extensions) {
      const saved = await unwrap(
        api['file/save-as']({ defaultName, bytes: plainBytes(bytes), filterName, extensions }),
      );
      return saved ? { location: saved.path } : null;
    },
    print: (doc, options) => printVia(api, doc, options),
    async printToPdf(doc) {
      const pdf = await unwrap(api['print/pdf'](printArgs(doc)));
      return pdf ? pdf.bytes : null;
    },
    async exportFolder() {
      const current = await unwrap(api['export/get-folder']({}));
      return current?.folder ?? null;
    },
    async chooseExportFolder() {
      const chosen = await unwrap(api['export/choose-folder']({}));
      return chosen?.folder ?? null;
    },
    async listPrinters() {
      return (await unwrap(api['print/printers']({})))?.printers ?? [];
    },
    writeAutoBackup: (fileName, bytes) => writeAutoBackupVia(api, fileName, bytes),
    openBackupFile: () => unwrap(api['backup/open']({})),
    backupDeviceKeys: () => deviceKeys,
    async appVersion() {
      return (await unwrap(api['app/info']({})))?.version ?? __APP_VERSION__;
    },
    async pcName() {
      return (await unwrap(api['app/info']({})))?.hostname ?? '';
    },
    backupFolders: () => unwrap(api['backup/get-folders']({})),
    async chooseBackupSecondFolder() {
      return (await unwrap(api['backup/choose-second-folder']({})))?.folder ?? null;
    },
    async clearBackupSecondFolder() {
      await unwrap(api['backup/clear-second-folder']({}));
    },
    async openExternal(url) {
      await unwrap(api['shell/open-external']({ url }));
    },
    versionChange: () => unwrap(api['backup/version-check']({})),
    async markVersionStarted(upgradeBackup) {
      const args = upgradeBackup ? { upgradeBackup: { fileName: upgradeBackup.fileName, bytes: plainBytes(upgradeBackup.bytes) } } : {};
      const started = await unwrap(api['backup/version-started'](args));
      return started && { location: started.path };
    },
    async freeDiskSpace() {
      // An older main process without the channel, or a failed statfs: unknown, not an error.
      const answer = await unwrap(api['storage/free-space']({})).catch(() => null);
      return answer?.freeBytes ?? null;
    },
  };
}
