import { describe, expect, it } from 'vitest';
import { backupFormat, checkBackup, checkCounts, parseManifest, totalRows, type BackupManifest } from './manifest';

const good: BackupManifest = {
  format: backupFormat,
  appVersion: '0.1.0',
  schemaVersion: 2,
  createdAt: 1_700_000_000_000,
  pcName: '前台电脑',
  tables: { customers: 3, callLogs: 10 },
  dataBytes: 1234,
  sha256: 'a'.repeat(64),
};

describe('backup manifest', () => {
  it('parses our own manifest and refuses another program’s file', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(parseManifest({ ...good, format: 'something-else' })).toBeNull();
    expect(parseManifest({ ...good, sha256: 'xyz' })).toBeNull();
    expect(parseManifest({ ...good, tables: { customers: -1 } })).toBeNull();
    expect(parseManifest({ ...good, tables: { customers: 1.5 } })).toBeNull();
    expect(parseManifest({ ...good, dataBytes: undefined })).toBeNull();
    expect(parseManifest({ ...good, schemaVersion: 0 })).toBeNull();
    expect(parseManifest('not an object')).toBeNull();
    expect(parseManifest(null)).toBeNull();
  });

  it('accepts a matching backup from the same or an older schema', () => {
    expect(checkBackup(good, 2, good.sha256, { customers: 3, callLogs: 10 })).toEqual([]);
    expect(checkBackup(good, 5, good.sha256, { customers: 3, callLogs: 10 })).toEqual([]);
  });

  it('refuses a newer schema, a bad checksum and wrong counts', () => {
    const issues = checkBackup(good, 1, 'b'.repeat(64), { customers: 3, callLogs: 9 });
    expect(issues.map((i) => i.message)).toEqual(['backup.error.newerSchema', 'backup.error.checksum', 'backup.error.counts']);
  });

  it('counts: a missing table is a mismatch, a table the manifest does not name is not checked', () => {
    expect(checkCounts({ customers: 3 }, { customers: 3, staff: 1 })).toEqual([]);
    expect(checkCounts({ customers: 3, callLogs: 0 }, { customers: 3 })).toEqual([{ path: 'tables.callLogs', message: 'backup.error.counts' }]);
    expect(totalRows(good)).toBe(13);
  });
});
