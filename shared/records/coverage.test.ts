import { describe, expect, it } from 'vitest';
import { coveringExport, isRangeCovered, uncoveredRecords, type ExportCoverage } from './coverage';

/** The file written two days after its range ended, unless `createdAt` says when. */
const writtenAfterRange = (rangeTo: string) => new Date(`${rangeTo}T00:00`).getTime() + 2 * 86_400_000;
const exp = (id: number, rangeFrom: string, rangeTo: string, kind: ExportCoverage['kind'] = 'serviceCards', createdAt = writtenAfterRange(rangeTo)): ExportCoverage => ({ id, kind, rangeFrom, rangeTo, createdAt });
const entered = new Date(2025, 10, 15, 9, 0).getTime();

describe('export coverage', () => {
  it('finds the export of the same kind whose range holds the date, ends included', () => {
    const exports = [exp(1, '2025-11-01', '2025-11-30', 'callLogs'), exp(2, '2025-11-01', '2025-11-30')];
    expect(coveringExport(exports, 'serviceCards', '2025-11-30', entered)?.id).toBe(2);
    expect(coveringExport(exports, 'serviceCards', '2025-12-01', entered)).toBeUndefined();
    expect(coveringExport(exports, 'leaveSheets', '2025-11-15', entered)).toBeUndefined();
  });

  it('covers a range by several exports together, and sees a one-day gap', () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(isRangeCovered([exp(1, '2026-11-16', '2026-12-05'), exp(2, '2026-10-20', '2026-11-15')], 'serviceCards', range)).toBe(true);
    expect(isRangeCovered([exp(1, '2026-11-17', '2026-11-30'), exp(2, '2026-11-01', '2026-11-15')], 'serviceCards', range)).toBe(false);
    expect(isRangeCovered([exp(1, '2026-11-01', '2026-11-29')], 'serviceCards', range)).toBe(false);
    expect(isRangeCovered([exp(1, '2026-11-01', '2026-11-30', 'callLogs')], 'serviceCards', range)).toBe(false);
    expect(isRangeCovered([], 'serviceCards', range)).toBe(false);
  });

  it('REC-2: a file holds only the records that existed when it was written, even those dated inside its range', () => {
    const written = new Date(2026, 11, 7, 10, 0).getTime(); // 12-01..12-31 exported on 12-07 10:00
    const december = exp(5, '2026-12-01', '2026-12-31', 'callLogs', written);
    expect(coveringExport([december], 'callLogs', '2026-12-07', written - 60_000)?.id).toBe(5);
    expect(coveringExport([december], 'callLogs', '2026-12-07', written + 5 * 3_600_000)).toBeUndefined();
    const later = { kind: 'callLogs' as const, date: '2026-12-07', writtenAt: written + 5 * 3_600_000 };
    const before = { kind: 'callLogs' as const, date: '2026-12-03', writtenAt: written - 86_400_000 };
    expect(uncoveredRecords([december], [before, later])).toEqual([later]);
    // A file written after it holds it.
    expect(uncoveredRecords([december, exp(6, '2026-12-07', '2026-12-13', 'callLogs', written + 6 * 86_400_000)], [before, later])).toEqual([]);
  });
});
