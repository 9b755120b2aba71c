import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackupNameTime } from '@shared/backup/file-names';
import { backupFileName } from '@shared/backup/schedule';
import { isBackupFileName, isRotatedBackup, keptBackups, listBackups, pruneBackups } from './backup-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const hour = 3_600_000;
const day = 24 * hour;
/** "Now" in these tests: 2026-12-01 09:00 local. */
const now = new Date(2026, 11, 1, 9, 0, 0).getTime();
const rotation = { nameTime: autoBackupNameTime, now, log: () => undefined };

/** Writes a backup the way the app does: named by its time, the file written a minute later. */
function writeBackup(at: number, mtime = at + 60_000): string {
  const name = backupFileName(at);
  writeFileSync(join(dir, name), 'x');
  utimesSync(join(dir, name), new Date(mtime), new Date(mtime));
  return name;
}

/** A file put into the folder by someone else, with the given file time. */
function plant(name: string, mtime = now): void {
  writeFileSync(join(dir, name), 'planted');
  utimesSync(join(dir, name), new Date(mtime), new Date(mtime));
}

describe('backup file names', () => {
  it('recognises backups by their extension and skips temporary files', () => {
    expect(isBackupFileName(backupFileName(now))).toBe(true);
    expect(isBackupFileName('X.SHBK')).toBe(true);
    expect(isBackupFileName('.售后服务中心-备份.shbk.1a2b3c4d.tmp')).toBe(false);
    expect(isBackupFileName('.hidden.shbk')).toBe(false);
    expect(isBackupFileName('notes.txt')).toBe(false);
  });

  it('rotates only the names the app generates, whose file time agrees with the name and is not in the future', () => {
    const at = now - 2 * day;
    const ok = { name: backupFileName(at), mtimeMs: at + 60_000 };
    expect(isRotatedBackup(ok, now, autoBackupNameTime)).toBe(true);
    // An hour of summer time or a changed time zone still counts as the same file.
    expect(isRotatedBackup({ ...ok, mtimeMs: at - 8 * hour }, now, autoBackupNameTime)).toBe(true);
    const refused = [
      { name: '售后服务中心-备份-2099-12-31-000000.shbk', mtimeMs: now },
      { name: '售后服务中心-备份-2099-12-31-000000.shbk', mtimeMs: new Date(2099, 11, 31).getTime() },
      { name: backupFileName(now - day), mtimeMs: now + 2 * day }, // file time in the future
      { name: backupFileName(now - 20 * day), mtimeMs: now }, // an old name copied in today
      { name: '售后服务中心-备份-2026-11-27-0830.shbk', mtimeMs: new Date(2026, 10, 27, 8, 30).getTime() }, // not the app's pattern
      { name: '售后服务中心-备份-2026-02-30-083000.shbk', mtimeMs: now - day }, // no such date
      { name: `x${backupFileName(at)}`, mtimeMs: at },
      { name: '我的备份.shbk', mtimeMs: at },
    ];
    for (const entry of refused) expect(isRotatedBackup(entry, now, autoBackupNameTime), entry.name).toBe(false);
  });
});

describe('pruneBackups', () => {
  it(`keeps the newest ${keptBackups} backups and never touches other files`, async () => {
    const written = Array.from({ length: 30 }, (_, i) => writeBackup(now - (30 - i) * day));
    const latest = writeBackup(now - hour);
    writeFileSync(join(dir, 'readme.txt'), 'keep me');
    plant('我的备份.shbk', now - 90 * day);
    expect(await pruneBackups(dir, latest, rotation)).toBe(30);
    const names = readdirSync(dir);
    expect(names).toContain('readme.txt');
    expect(names).toContain('我的备份.shbk');
    expect(names).not.toContain(written[0]);
    expect(names).toContain(written[1]);
    expect(names).toContain(latest);
    expect(await listBackups(dir, autoBackupNameTime, now)).toHaveLength(30);
  });

  it('30 planted …-2099-12-31-….shbk files delete none of the real backups (they were 10 of 11 before)', async () => {
    const real = Array.from({ length: 10 }, (_, i) => writeBackup(now - (10 - i) * day));
    for (let i = 0; i < 30; i++) {
      const name = `售后服务中心-备份-2099-12-31-0000${String(i).padStart(2, '0')}.shbk`;
      // Half planted just now, half with their file time pushed into 2099 as well.
      plant(name, i % 2 === 0 ? now : new Date(2099, 11, 31, 0, 0, i).getTime());
    }
    const latest = writeBackup(now - hour);
    await pruneBackups(dir, latest, rotation);
    const names = readdirSync(dir);
    for (const name of [...real, latest]) expect(names).toContain(name);
    // The planted files are not ours to delete either: they stay, uncounted.
    expect(names).toHaveLength(41);
  });

  it('files copied in today under old names, or with foreign names, push out no real backup', async () => {
    const real = Array.from({ length: 29 }, (_, i) => writeBackup(now - (29 - i) * day));
    for (let i = 0; i < 30; i++) plant(backupFileName(now - (100 + i) * day)); // old names, file time now
    for (let i = 0; i < 30; i++) plant(`evil-2099-12-31-${i}.shbk`);
    const latest = writeBackup(now - hour);
    expect(await pruneBackups(dir, latest, rotation)).toBe(30);
    for (const name of [...real, latest]) expect(readdirSync(dir)).toContain(name);
  });

  it('orders by file time, not by the time in the name', async () => {
    // Two backups of the same morning: the one named earlier was written (finished) later.
    const a = writeBackup(now - 2 * day, now - 2 * day + 3 * hour);
    const b = writeBackup(now - 2 * day + hour, now - 2 * day + 2 * hour);
    const latest = writeBackup(now - hour);
    expect(await listBackups(dir, autoBackupNameTime, now)).toEqual([latest, a, b]);
    await pruneBackups(dir, latest, { ...rotation, keep: 2 });
    expect(readdirSync(dir).sort()).toEqual([latest, a].sort());
  });

  it('never deletes the backup just written, even when the clock was set back', async () => {
    const older = [2, 3, 4].map((d) => writeBackup(now - d * day));
    // The clock is a week behind: the new backup's name and file time are the oldest of all.
    const justWritten = writeBackup(now - 7 * day);
    expect(await pruneBackups(dir, justWritten, { ...rotation, keep: 2 })).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([justWritten, older[0]].sort());
  });

  it('ignores backups whose time is after now (a clock set back a month deletes nothing newer)', async () => {
    const newer = [1, 2, 3].map((d) => writeBackup(now + 30 * day - d * day));
    const justWritten = writeBackup(now - hour);
    expect(await pruneBackups(dir, justWritten, { ...rotation, keep: 1 })).toBe(1);
    for (const name of newer) expect(readdirSync(dir)).toContain(name);
  });
});
