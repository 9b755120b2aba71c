import { describe, expect, it } from 'vitest';
import type { ExportCoverage } from './coverage';
import { defaultExportSchedule, duePeriods, endedPeriods, isExportDue, validateExportSchedule, type ExportSchedule } from './export-schedule';

const at = (y: number, m: number, d: number, h = 0, min = 0, ms = 0) => new Date(y, m - 1, d, h, min, 0, ms).getTime();
/** The file written two days after its range ended, unless `createdAt` says when. */
const writtenAfterRange = (rangeTo: string) => new Date(`${rangeTo}T00:00`).getTime() + 2 * 86_400_000;
const exp = (kind: ExportCoverage['kind'], rangeFrom: string, rangeTo: string, id = 1, createdAt = writtenAfterRange(rangeTo)): ExportCoverage => ({ id, kind, rangeFrom, rangeTo, createdAt });

const monthly: ExportSchedule = { period: 'monthly', kinds: ['serviceCards', 'callLogs'], since: '2026-10-15' };
const weekly: ExportSchedule = { period: 'weekly', kinds: ['callLogs'], since: '2026-11-18' };

describe('periodic export (REC-2)', () => {
  it('REC-2: period due and cleared', () => {
    const now = at(2026, 11, 3, 9);
    expect(duePeriods([], monthly, now)).toEqual([{ from: '2026-10-01', to: '2026-10-31', kinds: ['serviceCards', 'callLogs'] }]);
    expect(isExportDue([], monthly, now)).toBe(true);

    const cards = exp('serviceCards', '2026-10-01', '2026-10-31', 1);
    expect(duePeriods([cards], monthly, now)).toEqual([{ from: '2026-10-01', to: '2026-10-31', kinds: ['callLogs'] }]);
    const calls = exp('callLogs', '2026-10-01', '2026-10-31', 2);
    expect(duePeriods([cards, calls], monthly, now)).toEqual([]);
    expect(isExportDue([cards, calls], monthly, now)).toBe(false);
  });

  it('REC-2: a missed period stays due until done', () => {
    const october = [exp('serviceCards', '2026-10-01', '2026-10-31'), exp('callLogs', '2026-10-01', '2026-10-31')];
    // November was never exported: on 1 February it is still due, with December and January.
    const due = duePeriods(october, monthly, at(2027, 2, 1, 8));
    expect(due.map((p) => p.from)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
    // A later export covering only December does not clear November.
    const december = [exp('serviceCards', '2026-12-01', '2026-12-31'), exp('callLogs', '2026-12-01', '2026-12-31')];
    expect(duePeriods([...october, ...december], monthly, at(2027, 2, 1, 8)).map((p) => p.from)).toEqual(['2026-11-01', '2027-01-01']);
    // One export spanning several periods clears them all.
    const catchUp = [exp('serviceCards', '2026-11-01', '2027-01-31'), exp('callLogs', '2026-11-01', '2027-01-31')];
    expect(duePeriods([...october, ...catchUp], monthly, at(2027, 2, 1, 8))).toEqual([]);
  });

  it('REC-2: weekly periods are Monday to Sunday and fall due at local Monday 00:00', () => {
    // since Wednesday 2026-11-18: its week is 11-16 … 11-22.
    expect(duePeriods([], weekly, at(2026, 11, 22, 23, 59))).toEqual([]);
    expect(duePeriods([], weekly, at(2026, 11, 23, 0, 0))).toEqual([{ from: '2026-11-16', to: '2026-11-22', kinds: ['callLogs'] }]);
    expect(duePeriods([exp('callLogs', '2026-11-16', '2026-11-22')], weekly, at(2026, 11, 23, 0, 0))).toEqual([]);
    expect(endedPeriods(weekly, '2026-12-08')).toEqual([
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-11-23', to: '2026-11-29' },
      { from: '2026-11-30', to: '2026-12-06' },
    ]);
  });

  it('REC-2: monthly periods end on the month’s last day and fall due on the 1st at 00:00', () => {
    const feb: ExportSchedule = { period: 'monthly', kinds: ['callLogs'], since: '2028-02-10' };
    expect(duePeriods([], feb, at(2028, 2, 29, 23, 59))).toEqual([]);
    expect(duePeriods([], feb, at(2028, 3, 1, 0, 0))).toEqual([{ from: '2028-02-01', to: '2028-02-29', kinds: ['callLogs'] }]);
    expect(endedPeriods({ period: 'monthly', since: '2026-12-31' }, '2027-01-01')).toEqual([{ from: '2026-12-01', to: '2026-12-31' }]);
  });

  it('an export that misses one day of the period leaves it due', () => {
    const gap = [exp('callLogs', '2026-11-16', '2026-11-21')];
    expect(isExportDue(gap, weekly, at(2026, 11, 24))).toBe(true);
  });

  it('validates the setting; an invalid one makes nothing due', () => {
    expect(validateExportSchedule({ period: 'daily' as never, kinds: [], since: 'x' }).map((i) => i.message)).toEqual([
      'exportSchedule.error.badPeriod', 'exportSchedule.error.kindsRequired', 'exportSchedule.error.badSince',
    ]);
    expect(validateExportSchedule({ ...monthly, kinds: ['purchaseSlips' as never] }).map((i) => i.path)).toEqual(['kinds.0']);
    expect(duePeriods([], { ...monthly, kinds: [] }, at(2027, 1, 1))).toEqual([]);
    expect(defaultExportSchedule('2026-11-27')).toEqual({ period: 'monthly', kinds: ['serviceCards', 'callLogs'], since: '2026-11-27' });
  });

  it('REC-2: a month exported on the 7th counts only for what existed then: a call entered later that day makes its week due again', () => {
    const schedule: ExportSchedule = { period: 'weekly', kinds: ['callLogs'], since: '2026-11-30' };
    const written = at(2026, 12, 7, 10);
    const december = exp('callLogs', '2026-12-01', '2026-12-31', 1, written);
    const november = exp('callLogs', '2026-11-30', '2026-11-30', 2, written);
    const early = { kind: 'callLogs' as const, date: '2026-12-02', writtenAt: at(2026, 12, 2, 9) };
    const lateThatDay = { kind: 'callLogs' as const, date: '2026-12-07', writtenAt: at(2026, 12, 7, 15) };
    const now = at(2026, 12, 15, 9);
    expect(duePeriods([december, november], schedule, now, [early])).toEqual([]);
    expect(duePeriods([december, november], schedule, now, [early, lateThatDay])).toEqual([{ from: '2026-12-07', to: '2026-12-13', kinds: ['callLogs'] }]);
    expect(isExportDue([december, november], schedule, now, [early, lateThatDay])).toBe(true);
    // Exported again after it was entered: done.
    expect(duePeriods([december, november, exp('callLogs', '2026-12-07', '2026-12-13', 3, at(2026, 12, 14, 9))], schedule, now, [early, lateThatDay])).toEqual([]);
  });
});
