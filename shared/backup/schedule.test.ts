import { describe, expect, it } from 'vitest';
import { dictionaries } from '../i18n';
import { rowTables } from '../rows/registry';
import { backupFileName, backupTableLabelKey, isAutoBackupDue, isBackupOverdue } from './schedule';

const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s).getTime();

describe('backup schedule', () => {
  it('is overdue after more than 24 hours, or when there never was a backup', () => {
    const now = at(2026, 11, 27, 9);
    expect(isBackupOverdue(null, now)).toBe(true);
    expect(isBackupOverdue(now - 24 * 3600_000, now)).toBe(false);
    expect(isBackupOverdue(now - 24 * 3600_000 - 1, now)).toBe(true);
    expect(isBackupOverdue(now - 60_000, now)).toBe(false);
  });

  it('runs the automatic backup once per local calendar day', () => {
    expect(isAutoBackupDue(null, at(2026, 11, 27, 9))).toBe(true);
    expect(isAutoBackupDue(at(2026, 11, 27, 0, 0, 1), at(2026, 11, 27, 23, 59))).toBe(false);
    expect(isAutoBackupDue(at(2026, 11, 26, 23, 59), at(2026, 11, 27, 0, 1))).toBe(true);
    expect(isAutoBackupDue(at(2025, 11, 27, 9), at(2026, 11, 27, 9))).toBe(true);
  });

  it('names files by local date-time, the form the main process sorts by', () => {
    expect(backupFileName(at(2026, 11, 27, 8, 30, 12))).toBe('售后服务中心-备份-2026-11-27-083012.shbk');
    expect(backupFileName(at(2026, 1, 2, 3, 4, 5))).toMatch(/-2026-01-02-030405\.shbk$/);
  });

  it('names every table of the schema in both languages, and knows no others', () => {
    for (const table of rowTables) {
      const key = backupTableLabelKey(table);
      expect(key).not.toBeNull();
      if (key) expect([dictionaries['zh-CN'][key], dictionaries.en[key]].every((s) => s.length > 0)).toBe(true);
    }
    expect(backupTableLabelKey('toString')).toBeNull();
    expect(backupTableLabelKey('__proto__')).toBeNull();
    expect(backupTableLabelKey('slips')).toBeNull();
  });
});
