import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { backupExtension } from '@shared/ipc';

/** How many backup files each backup folder keeps (issue 3: the last 30 daily files). */
export const keptBackups = 30;

const hourMs = 3_600_000;

/**
 * How far a file's time may stray from the time in its name and still be the file the app wrote:
 * it is written after the name is chosen (a large backup takes minutes), and a change of time zone
 * or summer time shifts the local name against the absolute file time by up to 14 hours.
 */
const nameToFileTime = { before: 15 * hourMs, after: 24 * hourMs };
/** A name or file time later than now by more than this is in the future (a clock a little fast is not). */
const futureSlackMs = hourMs;

export function isBackupFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${backupExtension}`) && !name.startsWith('.');
}

export interface BackupFileEntry {
  name: string;
  mtimeMs: number;
}

/**
 * Whether a file is one of the backups this folder's rotation may delete: its name is exactly one the
 * app generates (`nameTime` parses it), neither that time nor the file's is in the future, and the two
 * agree. Anything else — a planted `…-2099-12-31-….shbk`, a renamed copy, a file copied in today under
 * an old name — is never counted against the newest 30 and never deleted.
 */
export function isRotatedBackup(entry: BackupFileEntry, now: number, nameTime: (name: string) => number | null): boolean {
  const named = nameTime(entry.name);
  if (named === null) return false;
  if (named > now + futureSlackMs || entry.mtimeMs > now + futureSlackMs) return false;
  const drift = entry.mtimeMs - named;
  return drift >= -nameToFileTime.before && drift <= nameToFileTime.after;
}

async function entries(folder: string): Promise<BackupFileEntry[]> {
  const dirents = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    dirents
      .filter((e) => e.isFile() && isBackupFileName(e.name))
      .map(async (e) => {
        // A file deleted meanwhile (another app instance, the user) is simply left out.
        const mtimeMs = await stat(join(folder, e.name)).then((s) => s.mtimeMs, () => null);
        return mtimeMs === null ? null : { name: e.name, mtimeMs };
      }),
  );
  return files.filter((f) => f !== null);
}

/** The folder's rotated backups (see `isRotatedBackup`), newest first by file time, then by name. */
export async function listBackups(folder: string, nameTime: (name: string) => number | null, now = Date.now()): Promise<string[]> {
  const files = (await entries(folder)).filter((f) => isRotatedBackup(f, now, nameTime));
  files.sort((a, b) => b.mtimeMs - a.mtimeMs || b.name.localeCompare(a.name));
  return files.map((f) => f.name);
}

export interface PruneOptions {
  /** Parses the names of the backups this rotation owns (shared/backup/file-names.ts). */
  nameTime: (name: string) => number | null;
  keep?: number;
  log?: (message: string, error: unknown) => void;
  now?: number;
}

/**
 * Deletes all but the newest `keep` rotated backups in a folder, never `justWritten` (a clock set back
 * must not make the new backup the first to go). Files that are not rotated backups are never
 * touched. A file that cannot be deleted (open elsewhere) is logged and stays. Returns how many
 * rotated backups remain, `justWritten` included.
 */
export async function pruneBackups(folder: string, justWritten: string, options: PruneOptions): Promise<number> {
  const { nameTime, keep = keptBackups, log = console.warn, now = Date.now() } = options;
  const older = (await listBackups(folder, nameTime, now)).filter((n) => n !== justWritten);
  const surplus = older.slice(Math.max(0, keep - 1));
  let remaining = older.length + 1;
  for (const name of surplus) {
    try {
      await unlink(join(folder, name));
      remaining--;
    } catch (error) {
      log(`could not delete old backup ${name}`, error);
    }
  }
  return remaining;
}
