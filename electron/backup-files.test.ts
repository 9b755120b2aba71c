import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSortKey, isBackupFileName, keptBackups, listBackups, pruneBackups } from './backup-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `售后服务中心-备份-2026-11-DD-0830.shbk` for day 1…n. */
const dayName = (day: number, time = '0830') => `售后服务中心-备份-2026-11-${String(day).padStart(2, '0')}-${time}.shbk`;

describe('backup file names', () => {
  it('recognises backups by their extension and skips temporary files', () => {
    expect(isBackupFileName(dayName(1))).toBe(true);
    expect(isBackupFileName('X.SHBK')).toBe(true);
    expect(isBackupFileName('.售后服务中心-备份.shbk.1a2b3c4d.tmp')).toBe(false);
    expect(isBackupFileName('.hidden.shbk')).toBe(false);
    expect(isBackupFileName('notes.txt')).toBe(false);
  });

  it('sorts by the date-time in the name, else by the modification time', () => {
    expect(backupSortKey(dayName(27, '0830'), 0)).toBe('20261127083000');
    expect(backupSortKey('售后服务中心-升级前备份-2026-11-27-083012.shbk', 0)).toBe('20261127083012');
    const mtime = new Date(2026, 10, 28, 9, 5, 7).getTime();
    expect(backupSortKey('我的备份.shbk', mtime)).toBe('20261128090507');
  });
});

describe('pruneBackups', () => {
  it(`keeps the newest ${keptBackups} backups and never touches other files`, async () => {
    for (let day = 1; day <= 30; day++) writeFileSync(join(dir, dayName(day)), 'x');
    writeFileSync(join(dir, dayName(30, '1800')), 'x');
    writeFileSync(join(dir, 'readme.txt'), 'keep me');
    const kept = await pruneBackups(dir, dayName(30, '1800'));
    expect(kept).toBe(30);
    const names = readdirSync(dir);
    expect(names).toContain('readme.txt');
    expect(names).not.toContain(dayName(1));
    expect(names).toContain(dayName(2));
    expect(names).toContain(dayName(30, '1800'));
    expect(await listBackups(dir)).toHaveLength(30);
  });

  it('never deletes the backup just written, even when the clock was set back', async () => {
    for (let day = 2; day <= 4; day++) writeFileSync(join(dir, dayName(day)), 'x');
    writeFileSync(join(dir, dayName(1)), 'new');
    expect(await pruneBackups(dir, dayName(1), 2)).toBe(2);
    expect((await listBackups(dir)).sort()).toEqual([dayName(1), dayName(4)].sort());
  });

  it('orders backups without a date in the name by their modification time', async () => {
    writeFileSync(join(dir, 'a.shbk'), 'x');
    writeFileSync(join(dir, 'b.shbk'), 'x');
    utimesSync(join(dir, 'a.shbk'), new Date(2026, 0, 2), new Date(2026, 0, 2));
    utimesSync(join(dir, 'b.shbk'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    expect(await listBackups(dir)).toEqual(['a.shbk', 'b.shbk']);
  });
});
