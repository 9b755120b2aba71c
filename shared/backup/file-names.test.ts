import { describe, expect, it } from 'vitest';
import { autoBackupNameTime, backupStamp, upgradeBackupFileName, upgradeBackupNameTime } from './file-names';
import { backupFileName } from './schedule';

const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s).getTime();

describe('the names of the backups the app writes', () => {
  it('reads back exactly the time backupFileName wrote, to the second', () => {
    for (const t of [at(2026, 11, 27, 8, 30, 12), at(2026, 1, 2, 3, 4, 5), at(2030, 12, 31, 23, 59, 59)]) {
      expect(autoBackupNameTime(backupFileName(t))).toBe(t);
    }
    expect(backupStamp(at(2026, 1, 2, 3, 4, 5))).toBe('2026-01-02-030405');
  });

  it.each([
    '售后服务中心-备份-2026-11-27-0830.shbk',
    '售后服务中心-备份-2026-11-27-083012.SHBK',
    '售后服务中心-备份-2026-11-27-083012 (2).shbk',
    'copy of 售后服务中心-备份-2026-11-27-083012.shbk',
    '售后服务中心-备份-2026-13-01-083012.shbk',
    '售后服务中心-备份-2026-02-30-083012.shbk',
    '售后服务中心-备份-2026-11-27-246012.shbk',
    '售后服务中心-升级前备份-0.2.0-2026-11-27-083012.shbk',
    'service-center-backup-2026-11-27-083012.shbk',
  ])('is not an automatic backup name: %s', (name) => {
    expect(autoBackupNameTime(name)).toBeNull();
  });

  it('names the backup before an upgrade by the version and time, and reads it back', () => {
    const t = at(2026, 11, 27, 8, 30, 12);
    expect(upgradeBackupFileName(t, '0.2.0')).toBe('售后服务中心-升级前备份-0.2.0-2026-11-27-083012.shbk');
    expect(upgradeBackupNameTime(upgradeBackupFileName(t, '0.2.0-beta.1'))).toBe(t);
    // A version with odd characters still gives a name the app may write and read.
    const odd = upgradeBackupFileName(t, '1.0/../..\\x');
    expect(odd).not.toMatch(/[\\/]/);
    expect(upgradeBackupNameTime(odd)).toBe(t);
    // It is not part of the rotation of the last 30.
    expect(autoBackupNameTime(upgradeBackupFileName(t, '0.2.0'))).toBeNull();
    expect(upgradeBackupNameTime(backupFileName(t))).toBeNull();
  });
});
