import type { DeviceKeys } from '@shared/backup/sealed-layout';
import type { PageSize, PrinterInfo } from '@shared/ipc';

export type { PrinterInfo } from '@shared/ipc';

/** A print job: a complete HTML document whose CSS sets `@page { size: W H; margin: 0 }`. */
export interface PrintDocument {
  html: string;
  pageSize: PageSize;
  title: string;
}

/** How to print (Electron; the browser has only its own dialog and ignores these). */
export interface PrintOptions {
  /** The system printer name (`PrinterInfo.name`); a missing printer falls back to the dialog. */
  printerName?: string;
  /** Print without the dialog (default false). */
  silent?: boolean;
  copies?: number;
  /** For drivers that shrink silent prints. */
  dpi?: number;
}

export interface PrintOutcome {
  /**
   * Whether the job was accepted: false when the print dialog was cancelled. The browser cannot tell
   * and reports true once its print dialog has closed.
   */
  printed: boolean;
  /** What happened when the job did not go exactly as asked (e.g. printer missing → dialog). */
  message?: string;
}

export interface BackupFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface AutoBackupWritten {
  location: string;
  /** Where the copy in the second folder went, when one is set and usable. */
  secondaryLocation?: string;
  /** Why the copy in the second folder is missing (USB stick not plugged in…); the primary is safe. */
  warning?: string;
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
  print(doc: PrintDocument, options?: PrintOptions): Promise<PrintOutcome>;
  /** PDF bytes of the document (Electron printToPDF); null where the platform cannot (browser: use print). */
  printToPdf(doc: PrintDocument): Promise<Uint8Array | null>;
  exportFolder(): Promise<string | null>;
  chooseExportFolder(): Promise<string | null>;
  /** The installed printers (Electron); the browser cannot list them: []. */
  listPrinters(): Promise<PrinterInfo[]>;
  /**
   * Electron: writes an automatic backup into userData/backups (keeping the newest 30) and the second
   * folder if set. Browser: null (there is no place to write without asking; use saveFile).
   */
  writeAutoBackup(fileName: string, bytes: Uint8Array): Promise<AutoBackupWritten | null>;
  /** Lets the user pick a backup file and reads it; null when cancelled. Refuses a file over 2 GB. */
  openBackupFile(): Promise<BackupFile | null>;
  /**
   * Electron: this PC's backup device key, kept by the main process (safeStorage); it wraps and
   * unwraps backups' data keys there and never comes here. Browser: null (only the backup password).
   */
  backupDeviceKeys(): DeviceKeys | null;
  /** Electron: `app.getVersion()`; browser: package.json's version, built in. */
  appVersion(): Promise<string>;
  /** Electron: the PC's host name (written into backup manifests); browser: '' (not knowable). */
  pcName(): Promise<string>;
  /** Electron: the backup folders (primary and the optional second one); browser: null. */
  backupFolders(): Promise<{ primary: string; secondary: string | null } | null>;
  /** Electron: picks and remembers the second backup folder; null when cancelled or in a browser. */
  chooseBackupSecondFolder(): Promise<string | null>;
  /** Electron: stops copying backups to the second folder; browser: nothing to do. */
  clearBackupSecondFolder(): Promise<void>;
  /**
   * Opens a carrier's tracking page (查询物流) in the system browser: Electron `shell.openExternal`
   * for allow-listed pages only (the main process refuses others); browser: a new tab, no opener.
   */
  openExternal(url: string): Promise<void>;
  /**
   * Free bytes where the data is stored: Electron measures the disk holding userData (main's statfs);
   * the browser gives what its storage quota leaves this site. Null when it cannot be known.
   */
  freeDiskSpace(): Promise<number | null>;
  /**
   * Electron: the first start of a new app or Electron version (then the records are backed up before
   * the database opens); null when this version has started before, and always in a browser.
   */
  versionChange(): Promise<VersionChange | null>;
  /**
   * Electron: records that this version has started, after writing its backup before the upgrade
   * (kept apart from the last 30 backups); returns where it went. Browser: nothing to do, null.
   */
  markVersionStarted(upgradeBackup?: BackupFile): Promise<{ location: string | null } | null>;
}

export interface VersionChange {
  /** The version that last started here; null when that is not known (a version before this check). */
  previousVersion: string | null;
  version: string;
}
