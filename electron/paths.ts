import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The build layout: out/main/main.js, out/preload/preload.cjs, out/renderer/…
 * Resolved from this module's URL (not `__dirname`) so it works in the ESM bundle and under vitest.
 */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export const preloadPath = join(outDir, 'preload', 'preload.cjs');
export const rendererDir = join(outDir, 'renderer');

/**
 * A fixed profile folder name, independent of `productName`: renaming the product must never
 * start an empty profile (the IndexedDB data lives under userData).
 */
export const userDataFolderName = 'ShouhouCenter';

interface PathApp {
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
}

/** Must run before `ready` (and before the single-instance lock, which lives in userData). */
export function pinUserDataPath(app: PathApp): string {
  const userData = join(app.getPath('appData'), userDataFolderName);
  app.setPath('userData', userData);
  return userData;
}
