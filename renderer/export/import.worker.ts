/**
 * Reads an import file off the window's thread: SheetJS on a damaged file can run for minutes, and
 * here the window stays responsive while the import client's timer decides to stop it.
 */
import { readImportFile } from '../db/import-xlsx';
import type { ImportReadRequest, ImportReadResponse } from '../db/import-file';

self.addEventListener('message', (event: MessageEvent<ImportReadRequest>) => {
  const { bytes, kind, maxRows } = event.data;
  let response: ImportReadResponse;
  try {
    response = readImportFile(bytes, kind, { maxRows });
  } catch {
    response = { ok: false, reason: 'import.file.damaged' };
  }
  self.postMessage(response);
});
