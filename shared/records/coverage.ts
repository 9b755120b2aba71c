import type { ExportRecord } from '../domain/export-record';
import type { RecordKind } from '../domain/retention';
import { addDays, isDateRange, rangeContains, type DateRange } from './periods';

/**
 * What REC-1 and REC-2 need of an export-registry row: its kind and inclusive date range. Any kind
 * of record, so the registry can grow beyond call logs (`ExportRecord` rows fit as they are).
 */
export type ExportCoverage = Pick<ExportRecord, 'id' | 'rangeFrom' | 'rangeTo'> & { kind: RecordKind };

function rangeOf(e: ExportCoverage): DateRange {
  return { from: e.rangeFrom, to: e.rangeTo };
}

/** The first export of `kind` whose range holds `date`. */
export function coveringExport<T extends ExportCoverage>(exports: readonly T[], kind: RecordKind, date: string): T | undefined {
  return exports.find((e) => e.kind === kind && isDateRange(rangeOf(e)) && rangeContains(rangeOf(e), date));
}

/** True when exports of `kind`, taken together, cover every day of `range`. */
export function isRangeCovered(exports: readonly ExportCoverage[], kind: RecordKind, range: DateRange): boolean {
  const ranges = exports
    .filter((e) => e.kind === kind && isDateRange(rangeOf(e)))
    .map(rangeOf)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let next = range.from; // the first day not yet known to be covered
  for (const r of ranges) {
    if (r.to < next) continue;
    if (r.from > next) return false;
    next = addDays(r.to, 1);
    if (next > range.to) return true;
  }
  return next > range.to;
}
