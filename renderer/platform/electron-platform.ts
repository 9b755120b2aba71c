/**
 * The platform in Electron: every call goes through the typed `window.api` and its
 * `{ ok, value } | { ok: false, error }` answer is unwrapped here, once, for all screens.
 */
import type { Api, IpcResponse } from '@shared/ipc';
import { plainBytes } from './bytes';
import { PlatformError } from './platform-error';
import type { Platform, PrintDocument } from './platform';

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
  throw new PlatformError(response.error.code, response.error.message);
}

const printArgs = (doc: PrintDocument) => ({ html: doc.html, pageSize: doc.pageSize });

export function createElectronPlatform(api: Api): Platform {
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
    async print(doc) {
      // The system print dialog lets the clerk pick the printer; a cancelled dialog is not an error.
      await unwrap(api['print/print']({ ...printArgs(doc), silent: false }));
    },
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
  };
}
