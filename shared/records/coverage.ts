import type { ExportRecord } from '../domain/export-record';
import type { RecordKind } from '../domain/retention';
import { addDays, isDateRange, rangeContains, type DateRange } from './periods';

/**
 * What REC-1 and REC-2 need of an export-registry row: its kind, inclusive date range and when the
 * file was written. Any kind of record, so the registry can grow beyond call logs (`ExportRecord`
 * rows fit as they are).
 */
export type ExportCoverage = Pick<ExportRecord, 'id' | 'rangeFrom' | 'rangeTo' | 'createdAt'> & { kind: RecordKind };

/**
 * A record as REC-1/REC-2 coverage sees it: the local date its kind's export selects it by (a call's
 * day, a card's service date, a movement's business day) and when it was written (entered).
 */
export interface WrittenRecord {
  kind: RecordKind;
  date: string;
  writtenAt: number;
}

function rangeOf(e: ExportCoverage): DateRange {
  return { from: e.rangeFrom, to: e.rangeTo };
}

/**
 * REC-1 / REC-2: the first export of `kind` that holds a record dated `date` and written at
 * `writtenAt`: its range holds the date and the file was written when the record already existed.
 * A file written on 12-07 for 12-01..12-31 holds nothing entered after it, even dated inside its range.
 */
export function coveringExport<T extends ExportCoverage>(exports: readonly T[], kind: RecordKind, date: string, writtenAt: number): T | undefined {
  return exports.find((e) => e.kind === kind && isDateRange(rangeOf(e)) && rangeContains(rangeOf(e), date) && e.createdAt >= writtenAt);
}

/** REC-2: the records some export should hold but none does (entered after every file of their date). */
export function uncoveredRecords<T extends WrittenRecord>(exports: readonly ExportCoverage[], records: readonly T[]): T[] {
  return records.filter((r) => coveringExport(exports, r.kind, r.date, r.writtenAt) === undefined);
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
