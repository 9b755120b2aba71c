import { isIsoDate, toIsoDate } from '../domain/local-date';
import type { RecordKind } from '../domain/retention';
import { issue } from '../service/messages';
import type { Issue } from '../validation';
import { isRangeCovered, uncoveredRecords, type ExportCoverage, type WrittenRecord } from './coverage';
import { addDays, monthOf, rangeContains, weekOf, type DateRange } from './periods';

export const exportPeriods = ['weekly', 'monthly'] as const;
export type ExportPeriod = (typeof exportPeriods)[number];

/** The kinds the Excel export writes: REC-2's service cards and call logs, and the other quality and stock records. */
export const exportableKinds = ['serviceCards', 'callLogs', 'serviceReports', 'outstandingIssues', 'shipmentLog', 'stockMovements'] as const satisfies readonly RecordKind[];
export type ExportableKind = (typeof exportableKinds)[number];

/** REC-2: the periodic-export setting. */
export interface ExportSchedule {
  period: ExportPeriod;
  kinds: ExportableKind[];
  /**
   * The local date the schedule starts from: periods before the one holding it are never due, so
   * turning the setting on does not ask for years of back exports.
   */
  since: string;
}

/** REC-2 names service cards and call logs; monthly is the center's habit for paper records. */
export function defaultExportSchedule(today: string): ExportSchedule {
  return { period: 'monthly', kinds: ['serviceCards', 'callLogs'], since: today };
}

export function validateExportSchedule(s: ExportSchedule): Issue[] {
  const issues: Issue[] = [];
  if (!exportPeriods.includes(s.period)) issues.push(issue('period', 'exportSchedule.error.badPeriod'));
  if (s.kinds.length === 0) issues.push(issue('kinds', 'exportSchedule.error.kindsRequired'));
  s.kinds.forEach((k, i) => {
    if (!exportableKinds.includes(k)) issues.push(issue(`kinds.${i}`, 'exportSchedule.error.badKind'));
  });
  if (!isIsoDate(s.since)) issues.push(issue('since', 'exportSchedule.error.badSince'));
  return issues;
}

export function periodOf(period: ExportPeriod, iso: string): DateRange {
  return period === 'weekly' ? weekOf(iso) : monthOf(iso);
}

/** Periods that have ended by `today` (a week is due from its next Monday, a month from the 1st), oldest first. */
export function endedPeriods(schedule: Pick<ExportSchedule, 'period' | 'since'>, today: string): DateRange[] {
  const periods: DateRange[] = [];
  for (let p = periodOf(schedule.period, schedule.since); p.to < today; p = periodOf(schedule.period, addDays(p.to, 1))) {
    periods.push(p);
  }
  return periods;
}

/** A period and the kinds still to export for it. */
export interface DuePeriod extends DateRange {
  kinds: ExportableKind[];
}

/**
 * REC-2: every ended period of which some chosen kind is not yet exported, oldest first. A period
 * counts as exported for a kind only when files in the registry cover all its days AND hold each of
 * its records: a file holds only what existed when it was written, so a record entered later (a call
 * logged after the month's file was written on the 7th) makes its period due again. `records` are the
 * records that may be missing from the files (the repository reads those written after the kind's
 * earliest file); a missed period stays due until an export holds it.
 */
export function duePeriods(exports: readonly ExportCoverage[], schedule: ExportSchedule, now: number, records: readonly WrittenRecord[] = []): DuePeriod[] {
  if (validateExportSchedule(schedule).length > 0) return [];
  const missing = uncoveredRecords(exports, records);
  const holdsMissing = (k: ExportableKind, p: DateRange) => missing.some((r) => r.kind === k && rangeContains(p, r.date));
  return endedPeriods(schedule, toIsoDate(now))
    .map((p) => ({ ...p, kinds: schedule.kinds.filter((k) => !isRangeCovered(exports, k, p) || holdsMissing(k, p)) }))
    .filter((p) => p.kinds.length > 0);
}

/** REC-2: whether the Today board and header should say an export is due. */
export function isExportDue(exports: readonly ExportCoverage[], schedule: ExportSchedule, now: number, records: readonly WrittenRecord[] = []): boolean {
  return duePeriods(exports, schedule, now, records).length > 0;
}
