import { runAutoBackup, runAutoBackupIfDue, type AutoBackupResult, type BackupPlatform } from '../db/backup/backup';
import type { AppDB } from '../db/db';

declare global {
  interface Window {
    /**
     * Run by Electron's main process on the window's first close (it waits up to two minutes):
     * the backup on quit. Absent in a plain browser, which has no backup folder.
     */
    __shouhouBeforeQuit?: () => Promise<AutoBackupResult>;
  }
}

type QuitHookHost = Pick<Window, '__shouhouBeforeQuit'>;

/**
 * Installs the backup on quit (issue 3: each start and each quit): the whole database into the
 * automatic backup folder. Electron only. Returns the uninstaller.
 */
export function installQuitBackup(host: QuitHookHost, db: () => AppDB, platform: BackupPlatform): () => void {
  if (platform.kind !== 'electron') return () => undefined;
  const hook = () => runAutoBackup(db(), platform, Date.now());
  host.__shouhouBeforeQuit = hook;
  return () => {
    if (host.__shouhouBeforeQuit === hook) delete host.__shouhouBeforeQuit;
  };
}

let dailyCheck: Promise<AutoBackupResult> | null = null;

/**
 * The daily automatic backup, checked once per start, after the first sign-in (not before: the
 * sign-in screen must come up at once). Later sign-ins of the same start reuse the first check.
 */
export function runDailyBackupOnce(db: AppDB, platform: BackupPlatform, now = Date.now()): Promise<AutoBackupResult> {
  dailyCheck ??= runAutoBackupIfDue(db, platform, now);
  return dailyCheck;
}

/** For tests: forget this start's daily check. */
export function resetDailyBackupCheck(): void {
  dailyCheck = null;
}
