import { Dexie } from 'dexie';
import { upgradeBackupFileName } from '@shared/backup/file-names';
import type { DeviceKeys } from '@shared/backup/sealed-layout';
import { activeDbName } from '../active-db';
import { createBackup } from './create';
import { createKeyring } from './keyring';

/** The part of the Platform the backup before a new version uses (the app passes `getPlatform()`). */
export interface NewVersionPlatform {
  kind: 'electron' | 'browser';
  versionChange(): Promise<{ previousVersion: string | null; version: string } | null>;
  markVersionStarted(upgradeBackup?: { fileName: string; bytes: Uint8Array }): Promise<{ location: string | null } | null>;
  appVersion(): Promise<string>;
  pcName(): Promise<string>;
  /** This PC's device key, which encrypts the backup like every other one. */
  backupDeviceKeys(): DeviceKeys | null;
}

export type NewVersionBackupResult =
  | { status: 'written'; fileName: string; location: string }
  | { status: 'skipped'; reason: 'browser' | 'sameVersion' | 'fresh' }
  | { status: 'failed'; message: string };

/**
 * At the first start of a new app or Electron version, before the database opens: backs the records
 * up as the previous version left them (a dynamic Dexie opens the database at its stored version,
 * upgrading nothing) into the folder of backups before an upgrade, which the rotation of the last 30
 * never prunes. The main process has already copied the raw storage before `ready`
 * (electron/version-start.ts); this copy is the one 设置 can restore. Only when it is written does the
 * version count as started, so a start that fails here backs up again the next time. Never throws:
 * the app starts either way.
 */
export async function backupBeforeNewVersion(
  platform: NewVersionPlatform,
  options: { name?: string; now?: number } = {},
): Promise<NewVersionBackupResult> {
  if (platform.kind !== 'electron') return { status: 'skipped', reason: 'browser' };
  try {
    const change = await platform.versionChange();
    if (change === null) return { status: 'skipped', reason: 'sameVersion' };
    const name = options.name ?? activeDbName();
    if (!(await Dexie.exists(name))) {
      await platform.markVersionStarted();
      return { status: 'skipped', reason: 'fresh' };
    }
    const now = options.now ?? Date.now();
    const stored = new Dexie(name);
    let backup: { fileName: string; bytes: Uint8Array };
    try {
      await stored.open();
      const keyring = createKeyring(platform.backupDeviceKeys());
      const created = await createBackup(stored, { appVersion: await platform.appVersion(), pcName: await platform.pcName(), now, keyring });
      backup = { fileName: upgradeBackupFileName(now, change.version), bytes: created.bytes };
    } finally {
      stored.close();
    }
    const started = await platform.markVersionStarted(backup);
    return { status: 'written', fileName: backup.fileName, location: started?.location ?? backup.fileName };
  } catch (error) {
    console.error('the backup before the new version failed', error);
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
