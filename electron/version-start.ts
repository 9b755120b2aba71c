/**
 * The first start of a new app version. An Electron upgrade can move IndexedDB to another storage
 * engine (Chromium is migrating it from LevelDB to SQLite) the moment the new version opens it, so
 * the data is kept twice before that can happen, both outside the rotation of the last 30 backups:
 *
 * 1. here, before `ready`: a copy of the browser storage folders exactly as the previous version
 *    left them (`backups/before-upgrade/<time>-storage-before-<version>/`), the only copy that
 *    predates any migration;
 * 2. by the renderer, before the database opens: a normal `.shbk` backup of the records
 *    (`backups/before-upgrade/售后服务中心-升级前备份-<version>-<time>.shbk`), restorable in 设置.
 *
 * The version counts as started (prefs `lastStartedVersion`) only once the renderer's backup is
 * written, so a start that fails before that tries again.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupStamp, versionForName } from '@shared/backup/file-names';
import type { StartedVersion } from './prefs';

/** The folder (inside userData/backups) that holds everything made before an upgrade. */
export const upgradeFolderName = 'before-upgrade';
/** Chromium's storage folders in userData: IndexedDB, localStorage, and the storage buckets' bookkeeping. */
export const storageFolders = ['IndexedDB', 'Local Storage', 'WebStorage'] as const;
/** Storage snapshots kept (each is the full, uncompressed data); the newest go on, the oldest are removed. */
export const keptStorageSnapshots = 3;
/** `.shbk` backups before an upgrade kept in the same folder. */
export const keptUpgradeBackups = 5;

export function isSameVersion(a: StartedVersion | null, b: StartedVersion): boolean {
  return a !== null && a.appVersion === b.appVersion && a.electronVersion === b.electronVersion;
}

/** `2026-11-27-083012-storage-before-0.2.0-electron-45.6.1`: sorts by time, says which start it preceded. */
export function snapshotFolderName(now: number, version: StartedVersion): string {
  return `${backupStamp(now)}-${snapshotSuffix(version)}`;
}

function snapshotSuffix(version: StartedVersion): string {
  return `storage-before-${versionForName(version.appVersion)}-electron-${versionForName(version.electronVersion)}`;
}

const snapshotPattern = /^(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})-storage-before-[0-9A-Za-z.-]+$/;

/** The local time in a snapshot folder's name, or null for any other name. */
function snapshotTime(name: string): number | null {
  const m = snapshotPattern.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, se).getTime();
}
const partialPrefix = '.partial-';

export interface SnapshotOptions {
  userData: string;
  current: StartedVersion;
  lastStarted: StartedVersion | null;
  now?: number;
  log?: (message: string, error?: unknown) => void;
}

export type SnapshotResult =
  | { status: 'sameVersion' }
  | { status: 'noData' }
  | { status: 'alreadyTaken'; folder: string }
  | { status: 'taken'; folder: string }
  | { status: 'failed'; error: unknown };

/**
 * Copies the storage folders before the first start of a new version. Synchronous on purpose: it runs
 * before `ready`, before Chromium has opened (and could migrate) any of these files. The copy goes to
 * a `.partial-…` folder first and is renamed when complete, so a crash never leaves a snapshot that
 * looks whole. A second try for the same version (the first start crashed) keeps the first copy: only
 * that one predates the new version's use of the data.
 */
export function snapshotStorageBeforeNewVersion(options: SnapshotOptions): SnapshotResult {
  const { userData, current, lastStarted, now = Date.now(), log = console.warn } = options;
  if (isSameVersion(lastStarted, current)) return { status: 'sameVersion' };
  const present = storageFolders.filter((name) => existsSync(join(userData, name)));
  if (present.length === 0) return { status: 'noData' };
  const root = join(userData, 'backups', upgradeFolderName);
  try {
    mkdirSync(root, { recursive: true });
    removePartials(root, log);
    const earlier = readdirSync(root).find((name) => snapshotPattern.test(name) && name.endsWith(`-${snapshotSuffix(current)}`));
    if (earlier !== undefined) return { status: 'alreadyTaken', folder: join(root, earlier) };
    const name = snapshotFolderName(now, current);
    const partial = join(root, `${partialPrefix}${name}`);
    for (const folder of present) cpSync(join(userData, folder), join(partial, folder), { recursive: true, errorOnExist: true });
    renameSync(partial, join(root, name));
    pruneSnapshots(root, name, now, log);
    return { status: 'taken', folder: join(root, name) };
  } catch (error) {
    log('could not copy the storage before the new version', error);
    return { status: 'failed', error };
  }
}

function removePartials(root: string, log: (message: string, error?: unknown) => void): void {
  for (const name of readdirSync(root)) {
    if (!name.startsWith(partialPrefix)) continue;
    try {
      rmSync(join(root, name), { recursive: true, force: true });
    } catch (error) {
      log(`could not remove the unfinished snapshot ${name}`, error);
    }
  }
}

/**
 * Keeps the newest snapshots by the time in their names, always the one just taken. A name dated in
 * the future is neither counted nor removed (a planted `2099-…` folder must not push out real ones);
 * other files in the folder are never touched.
 */
function pruneSnapshots(root: string, justTaken: string, now: number, log: (message: string, error?: unknown) => void): void {
  const older = readdirSync(root)
    .map((name) => ({ name, at: snapshotTime(name) }))
    .filter((s): s is { name: string; at: number } => s.at !== null && s.at <= now + 3_600_000 && s.name !== justTaken)
    .sort((a, b) => b.at - a.at)
    .map((s) => s.name);
  for (const name of older.slice(keptStorageSnapshots - 1)) {
    try {
      rmSync(join(root, name), { recursive: true, force: true });
    } catch (error) {
      log(`could not remove the old snapshot ${name}`, error);
    }
  }
}
