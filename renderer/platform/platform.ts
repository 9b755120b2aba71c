import type { PageSize } from '@shared/ipc';

/** A print job: a complete HTML document whose CSS sets `@page { size: W H; margin: 0 }`. */
export interface PrintDocument {
  html: string;
  pageSize: PageSize;
  title: string;
}

/**
 * The one platform adapter. In Electron it calls `window.api`; in a plain browser it falls back to
 * `window.print` and downloads. Screens never touch `window.api` directly.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** Writes an export file: Electron to the remembered folder (asks once), browser as a download. */
  writeExport(fileName: string, bytes: Uint8Array): Promise<{ location: string } | null>;
  /** Save-as dialog (Electron) or a download (browser). */
  saveFile(defaultName: string, bytes: Uint8Array, filterName: string, extensions: string[]): Promise<{ location: string } | null>;
  print(doc: PrintDocument): Promise<void>;
  /** PDF bytes of the document (Electron printToPDF); null where the platform cannot (browser: use print). */
  printToPdf(doc: PrintDocument): Promise<Uint8Array | null>;
  exportFolder(): Promise<string | null>;
  chooseExportFolder(): Promise<string | null>;
}
