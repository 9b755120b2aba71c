import { describe, expect, it } from 'vitest';
import { coveringExport, isRangeCovered, type ExportCoverage } from './coverage';

const exp = (id: number, rangeFrom: string, rangeTo: string, kind: ExportCoverage['kind'] = 'serviceCards'): ExportCoverage => ({ id, kind, rangeFrom, rangeTo });

describe('export coverage', () => {
  it('finds the export of the same kind whose range holds the date, ends included', () => {
    const exports = [exp(1, '2025-11-01', '2025-11-30', 'callLogs'), exp(2, '2025-11-01', '2025-11-30')];
    expect(coveringExport(exports, 'serviceCards', '2025-11-30')?.id).toBe(2);
    expect(coveringExport(exports, 'serviceCards', '2025-12-01')).toBeUndefined();
    expect(coveringExport(exports, 'leaveSheets', '2025-11-15')).toBeUndefined();
  });

  it('covers a range by several exports together, and sees a one-day gap', () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(isRangeCovered([exp(1, '2026-11-16', '2026-12-05'), exp(2, '2026-10-20', '2026-11-15')], 'serviceCards', range)).toBe(true);
    expect(isRangeCovered([exp(1, '2026-11-17', '2026-11-30'), exp(2, '2026-11-01', '2026-11-15')], 'serviceCards', range)).toBe(false);
    expect(isRangeCovered([exp(1, '2026-11-01', '2026-11-29')], 'serviceCards', range)).toBe(false);
    expect(isRangeCovered([exp(1, '2026-11-01', '2026-11-30', 'callLogs')], 'serviceCards', range)).toBe(false);
    expect(isRangeCovered([], 'serviceCards', range)).toBe(false);
  });
});
