import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import type { ExportRecord } from '@shared/domain/export-record';
import type { AppDB } from './db';
import { addExportRecord, listExportRecords } from './exports-repo';
import { openTestDb, testActor } from './test-db';

const clerk = testActor(['frontdesk'], 7, '王丽');

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const rec = (createdAt: number, fileName: string): Omit<ExportRecord, 'id'> => ({
  kind: 'callLogs',
  rangeFrom: '2026-11-01',
  rangeTo: '2026-11-30',
  rowCount: 3,
  createdAt,
  fileName,
  location: 'download',
  sha256: 'ab'.repeat(32),
});

describe('export registry (REC-2)', () => {
  it('lists records newest first, ties by latest added', async () => {
    await addExportRecord(db, clerk, rec(2000, 'b.xlsx'));
    await addExportRecord(db, clerk, rec(1000, 'a.xlsx'));
    await addExportRecord(db, clerk, rec(3000, 'c.xlsx'));
    await addExportRecord(db, clerk, rec(3000, 'd.xlsx'));
    expect((await listExportRecords(db)).map((r) => r.fileName)).toEqual(['d.xlsx', 'c.xlsx', 'b.xlsx', 'a.xlsx']);
  });

  it('refuses an invalid record and writes nothing', async () => {
    await expect(addExportRecord(db, clerk, { ...rec(1, 'x.xlsx'), sha256: 'nope' })).rejects.toBeInstanceOf(ValidationError);
    expect(await listExportRecords(db)).toEqual([]);
  });
});
