import { Dexie } from 'dexie';
import { backupSettingKeys, isAutoBackupDue } from '@shared/backup/schedule';
import { activeDbName } from '../active-db';
import { schemaVersion, type AppDB } from '../db';
import { getSetting, setSetting } from '../settings-repo';
import type { DeviceKeys } from '@shared/backup/sealed-layout';
import { createBackup } from './create';
import { createKeyring } from './keyring';
import type { OnBackupProgress } from './progress';

/** The part of the Platform the automatic backups use (the app passes `getPlatform()`). */
export interface BackupPlatform {
  kind: 'electron' | 'browser';
  /** Electron: atomic write into userData/backups (keeps the last 30, copies to the second folder); browser: null. */
  writeAutoBackup(fileName: string, bytes: Uint8Array): Promise<{ location: string } | null>;
  appVersion(): Promise<string>;
  /** The PC's name for the manifest, where the platform knows it. */
  pcName(): Promise<string>;
  /** Electron: this PC's device key (kept by main); browser: null (the backup password alone protects backups). */
  backupDeviceKeys(): DeviceKeys | null;
}

export type AutoBackupResult =
  | { status: 'written'; fileName: string; location: string }
  | { status: 'skipped'; reason: 'browser' | 'notDue' | 'fresh' | 'current' }
  | { status: 'failed'; message: string };

export interface LastBackupInfo {
  at: number | null;
  /** Where the last backup went (a path in Electron, the file name of a download). */
  file: string | null;
}

export async function lastBackupInfo(db: AppDB): Promise<LastBackupInfo> {
  return {
    at: await getSetting<number | null>(db, backupSettingKeys.lastBackupAt, null),
    file: await getSetting<string | null>(db, backupSettingKeys.lastBackupFile, null),
  };
}

/** Records a backup that reached its file: Settings and the overdue warning read this. */
export async function markBackupWritten(db: AppDB, written: { at: number; file: string; auto?: boolean }): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await setSetting(db, backupSettingKeys.lastBackupAt, written.at);
    await setSetting(db, backupSettingKeys.lastBackupFile, written.file);
    if (written.auto) await setSetting(db, backupSettingKeys.lastAutoBackupAt, written.at);
  });
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function writeAuto(db: Dexie, platform: BackupPlatform, now: number, onProgress?: OnBackupProgress) {
  const backup = await createBackup(db, {
    appVersion: await platform.appVersion(),
    pcName: await platform.pcName(),
    now,
    onProgress,
    keyring: createKeyring(platform.backupDeviceKeys()),
  });
  const written = await platform.writeAutoBackup(backup.fileName, backup.bytes);
  return written && { fileName: backup.fileName, location: written.location };
}

/** A backup into the automatic folder now (the quit hook's backup); Electron only. */
export async function runAutoBackup(db: AppDB, platform: BackupPlatform, now = Date.now(), onProgress?: OnBackupProgress): Promise<AutoBackupResult> {
  if (platform.kind !== 'electron') return { status: 'skipped', reason: 'browser' };
  try {
    const written = await writeAuto(db, platform, now, onProgress);
    if (!written) return { status: 'skipped', reason: 'browser' };
    await markBackupWritten(db, { at: now, file: written.location, auto: true });
    return { status: 'written', ...written };
  } catch (error) {
    console.error('automatic backup failed', error);
    return { status: 'failed', message: messageOf(error) };
  }
}

/** The daily backup: at the first start of each calendar day (Electron only; a browser has no backup folder). */
export async function runAutoBackupIfDue(db: AppDB, platform: BackupPlatform, now = Date.now(), onProgress?: OnBackupProgress): Promise<AutoBackupResult> {
  if (platform.kind !== 'electron') return { status: 'skipped', reason: 'browser' };
  const lastAuto = await getSetting<number | null>(db, backupSettingKeys.lastAutoBackupAt, null);
  if (!isAutoBackupDue(lastAuto, now)) return { status: 'skipped', reason: 'notDue' };
  return runAutoBackup(db, platform, now, onProgress);
}

/**
 * Before the app opens a database stored at an older schema version (the upgrade rewrites it), backs
 * it up as it is: a dynamic Dexie opens it at its stored version without upgrading. Call it before
 * the first `getDb()`. Electron only: in browser mode there is no backup folder, so it is skipped.
 */
export async function backupBeforeUpgrade(
  platform: BackupPlatform,
  options: { name?: string; now?: number; currentVersion?: number } = {},
): Promise<AutoBackupResult> {
  if (platform.kind !== 'electron') return { status: 'skipped', reason: 'browser' };
  const name = options.name ?? activeDbName();
  if (!(await Dexie.exists(name))) return { status: 'skipped', reason: 'fresh' };
  const stored = new Dexie(name);
  try {
    await stored.open();
    if (stored.verno >= (options.currentVersion ?? schemaVersion)) return { status: 'skipped', reason: 'current' };
    const written = await writeAuto(stored, platform, options.now ?? Date.now());
    return written ? { status: 'written', ...written } : { status: 'skipped', reason: 'browser' };
  } catch (error) {
    console.error('backup before the upgrade failed', error);
    return { status: 'failed', message: messageOf(error) };
  } finally {
    stored.close();
  }
}
