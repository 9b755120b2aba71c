import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type {
  AutoBackupWritten,
  BackupFile,
  Platform,
  PrintDocument,
  PrinterInfo,
  PrintOptions,
  PrintOutcome,
  VersionChange,
} from './platform';
export { PlatformError } from './platform-error';

let platform: Platform | null = null;

/** The platform for this run: Electron when the preload exposed `window.api`, else the browser. */
export function getPlatform(): Platform {
  platform ??= window.api ? createElectronPlatform(window.api) : createBrowserPlatform();
  return platform;
}
