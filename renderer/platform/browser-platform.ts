/**
 * The platform in a plain browser (`npm run web`, the E2E suite): files become downloads, printing
 * goes through `window.print()`, backups are opened through a file picker, and there is no export
 * folder, automatic backup location, printer list or direct PDF.
 */
import { exportExtensions, fileNameProblem, fileNameProblemText, saveAsExtensions } from '@shared/file-name';
import { translate } from '@shared/i18n';
import { backupExtension, backupTooLargeMessage, maxBackupBytes } from '@shared/ipc';
import { isAllowedTrackingUrl } from '@shared/shipping/carriers';
import { hasPrintablePages } from '../print/print-root';
import { plainBytes } from './bytes';
import { downloadBytes } from './download';
import { pickFile } from './file-picker';
import { PlatformError } from './platform-error';
import type { BackupFile, Platform, PrintDocument } from './platform';

const downloaded = { location: 'download' } as const;

/**
 * The same names as the main process allows (electron/ipc/handlers export.ts, file.ts), so a name
 * refused in the installed app is not downloaded in browser mode either.
 */
function assertDownloadName(name: string, allowed: readonly string[], offered: readonly string[] = allowed): void {
  const problem = offered.every((e) => allowed.includes(e)) ? fileNameProblem(name, offered) : 'extension';
  if (problem === null) return;
  const message = fileNameProblemText((key, params) => translate('zh-CN', key, params), problem, allowed);
  throw new PlatformError('BAD_FILE_NAME', message, { problem, allowed: [...allowed] });
}

/** Prints a document that is not on screen through a hidden frame holding its standalone HTML. */
function printInFrame(doc: PrintDocument): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    frame.title = doc.title;
    frame.addEventListener('load', () => {
      frame.contentWindow?.print();
      frame.remove();
      resolve();
    });
    frame.srcdoc = doc.html;
    document.body.appendChild(frame);
  });
}

/** The part of a picked file that is used; a DOM `File` fits. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The part of `navigator.storage` that tells how much this site may still store. */
export interface StorageEstimator {
  estimate(): Promise<{ quota?: number; usage?: number }>;
}

export interface BrowserPlatformDeps {
  /** Shows a file picker for `accept`; null on cancel. */
  pickFile(accept: string): Promise<PickedFile | null>;
  /** Defaults to `navigator.storage`. */
  storage?: StorageEstimator;
}

/** What the quota leaves: the browser caps a site below the free disk, so this is the space that counts here. */
async function quotaLeft(storage: StorageEstimator | undefined): Promise<number | null> {
  if (!storage) return null;
  try {
    const { quota, usage } = await storage.estimate();
    return quota === undefined ? null : Math.max(0, quota - (usage ?? 0));
  } catch {
    return null;
  }
}

async function openBackupWith(deps: BrowserPlatformDeps): Promise<BackupFile | null> {
  const file = await deps.pickFile(`.${backupExtension}`);
  if (!file) return null;
  // The same limit as Electron: a bigger file cannot be one of ours and would exhaust memory.
  if (file.size > maxBackupBytes) throw new PlatformError('FAILED', backupTooLargeMessage(file.size));
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function createBrowserPlatform(deps: BrowserPlatformDeps = { pickFile: (accept) => pickFile(accept) }): Platform {
  return {
    kind: 'browser',
    async writeExport(fileName, bytes) {
      assertDownloadName(fileName, exportExtensions);
      downloadBytes(fileName, plainBytes(bytes));
      return downloaded;
    },
    async saveFile(defaultName, bytes, _filterName, extensions) {
      assertDownloadName(defaultName, saveAsExtensions, extensions);
      downloadBytes(defaultName, plainBytes(bytes));
      return downloaded;
    },
    async print(doc) {
      // The open preview has put the pages in #print-root; the print CSS shows only them.
      if (hasPrintablePages()) window.print();
      else await printInFrame(doc);
      return { printed: true };
    },
    async printToPdf() {
      return null;
    },
    async exportFolder() {
      return null;
    },
    async chooseExportFolder() {
      return null;
    },
    async listPrinters() {
      return [];
    },
    async writeAutoBackup() {
      return null;
    },
    openBackupFile: () => openBackupWith(deps),
    backupDeviceKeys: () => null,
    async appVersion() {
      return __APP_VERSION__;
    },
    async pcName() {
      return '';
    },
    async backupFolders() {
      return null;
    },
    async chooseBackupSecondFolder() {
      return null;
    },
    async clearBackupSecondFolder() {},
    async openExternal(url) {
      // The same allow-list as Electron's main process: only carriers' tracking pages.
      if (!isAllowedTrackingUrl(url)) throw new PlatformError('BAD_ARGS', '只能打开允许的快递查件网站');
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    // A browser has no backup folder and keeps no version record: nothing is due at a new version.
    async versionChange() {
      return null;
    },
    async markVersionStarted() {
      return null;
    },
    freeDiskSpace: () => quotaLeft(deps.storage ?? globalThis.navigator?.storage),
  };
}
