import { describe, expect, it } from 'vitest';
import { validateExportRecord, type ExportRecord } from './export-record';

const good: Omit<ExportRecord, 'id'> = {
  kind: 'callLogs',
  rangeFrom: '2026-11-01',
  rangeTo: '2026-11-30',
  rowCount: 12,
  createdAt: 1,
  fileName: '电话记录_2026-11-01_2026-11-30.xlsx',
  location: 'download',
  sha256: 'a'.repeat(64),
};

describe('validateExportRecord (REC-2 registry)', () => {
  it('accepts a complete record', () => {
    expect(validateExportRecord(good)).toEqual([]);
  });

  it('refuses a bad checksum, a negative count, an empty file name and a reversed range', () => {
    const issues = validateExportRecord({ ...good, sha256: 'xyz', rowCount: -1, fileName: ' ', rangeFrom: '2026-12-01' });
    expect(issues.map((i) => i.path).sort()).toEqual(['fileName', 'rowCount', 'sha256', 'to']);
  });
});
