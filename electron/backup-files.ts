import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { backupExtension } from '@shared/ipc';

/** How many backup files each backup folder keeps (issue 3: the last 30 daily files). */
export const keptBackups = 30;

export function isBackupFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${backupExtension}`) && !name.startsWith('.');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A sortable `YYYYMMDDHHMMSS` key for a backup: the date-time in its name
 * (`…-2026-11-27-0830.shbk` or `…-2026-11-27-083012.shbk`), else its modification time (local, like
 * the names), so a renamed or foreign-named copy still ages out in order.
 */
export function backupSortKey(name: string, mtimeMs: number): string {
  const match = /(\d{4})-(\d{2})-(\d{2})-(\d{4})(\d{2})?/.exec(name);
  if (match) return `${match[1]}${match[2]}${match[3]}${match[4]}${match[5] ?? '00'}`;
  const d = new Date(mtimeMs);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/** The backup files in a folder, newest first (by their date-time, then by name). */
export async function listBackups(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile() && isBackupFileName(e.name))
      .map(async (e) => {
        // A file deleted meanwhile (another app instance, the user) simply sorts as oldest.
        const mtimeMs = await stat(join(folder, e.name)).then((s) => s.mtimeMs, () => 0);
        return { name: e.name, key: backupSortKey(e.name, mtimeMs) };
      }),
  );
  files.sort((a, b) => b.key.localeCompare(a.key) || b.name.localeCompare(a.name));
  return files.map((f) => f.name);
}

/**
 * Deletes all but the newest `keep` backup files in a folder, never `justWritten` (a clock set back
 * must not make the new backup the first to go). Other files in the folder are never touched. A file
 * that cannot be deleted (open elsewhere) is logged and stays. Returns how many backups remain.
 */
export async function pruneBackups(
  folder: string,
  justWritten: string,
  keep = keptBackups,
  log: (message: string, error: unknown) => void = console.warn,
): Promise<number> {
  const names = await listBackups(folder);
  const older = names.filter((n) => n !== justWritten);
  const surplus = older.slice(Math.max(0, keep - 1));
  let remaining = names.length;
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
