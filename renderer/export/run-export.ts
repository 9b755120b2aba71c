import { assertValid, ValidationError } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { ExportRecord } from '@shared/domain/export-record';
import { validateDateRange } from '@shared/domain/local-date';
import { workbookFileName } from '@shared/export/summary-sheet';
import type { Lang } from '@shared/i18n';
import { exportableKinds, type ExportableKind } from '@shared/records/export-schedule';
import type { DateRange } from '@shared/records/periods';
import type { AppDB } from '../db/db';
import { listDuePeriods } from '../db/export-schedule-repo';
import { addExportRecords } from '../db/exports-repo';
import type { Platform } from '../platform/platform';
import type { ExportProgress } from './progress';
import { sha256Hex } from './sha256';
import { buildRecordsWorkbookOffThread } from './xlsx-client';

export interface RunExportOptions {
  db: AppDB;
  /** The signed-in staff member: named on the summary sheet, the registry rows and their audit entries. */
  actor: Actor;
  platform: Pick<Platform, 'writeExport'>;
  kinds: readonly ExportableKind[];
  /** Local dates, both inclusive. */
  range: DateRange;
  lang: Lang;
  onProgress?: (p: ExportProgress) => void;
  now?: number;
}

export type RunExportResult =
  | { status: 'cancelled' }
  | {
      status: 'written';
      fileName: string;
      location: string;
      sha256: string;
      counts: { kind: ExportableKind; count: number }[];
      /** One registry row per kind: the same file, name and SHA-256. */
      records: ExportRecord[];
    };

function checkedKinds(kinds: readonly ExportableKind[]): ExportableKind[] {
  const unique = [...new Set(kinds)];
  if (unique.length === 0) throw new ValidationError([{ path: 'kinds', message: 'export.error.noKinds' }]);
  unique.forEach((k, i) => {
    if (!exportableKinds.includes(k)) throw new ValidationError([{ path: `kinds.${i}`, message: 'exportSchedule.error.badKind' }]);
  });
  return unique;
}

/**
 * REC-2: exports the chosen kinds of a date range as ONE .xlsx (a sheet per kind + the summary sheet),
 * built in the Web Worker, and registers one row per kind with the file's SHA-256. The file is written
 * even when a kind has no records, so the period counts as exported. When the target folder is gone or
 * read-only, writeExport throws (its message says so) and nothing is registered; a cancelled folder
 * picker registers nothing either.
 */
export async function runExport(options: RunExportOptions): Promise<RunExportResult> {
  const { db, actor, platform, range, lang, onProgress } = options;
  // Refuse before writing a file that could then not be registered.
  assertCan(actor.roles, 'export');
  assertValid(validateDateRange(range.from, range.to));
  const kinds = checkedKinds(options.kinds);
  const at = options.now ?? Date.now();
  const job = { kind: 'records' as const, kinds, range: { from: range.from, to: range.to }, lang, exportedBy: actor.name, at };
  const workbook = await buildRecordsWorkbookOffThread(db, job, onProgress);

  // Hash before handing the bytes over: the registry must describe exactly what was written.
  const sha256 = await sha256Hex(workbook.bytes);
  const fileName = workbookFileName(kinds, range, lang);
  onProgress?.({ phase: 'save', done: 0, total: 1 });
  const written = await platform.writeExport(fileName, workbook.bytes);
  if (!written) return { status: 'cancelled' };
  onProgress?.({ phase: 'save', done: 1, total: 1 });

  const rows = workbook.counts.map((c): Omit<ExportRecord, 'id'> => ({
    kind: c.kind, rangeFrom: range.from, rangeTo: range.to, rowCount: c.count, createdAt: at, fileName, location: written.location, sha256,
  }));
  const ids = await addExportRecords(db, actor, rows);
  const records = rows.map((r, i) => ({ ...r, id: ids[i] }));
  return { status: 'written', fileName, location: written.location, sha256, counts: workbook.counts, records };
}

/**
 * REC-2 "one click": every due period (oldest first), each as its own workbook of its due kinds.
 * Stops at the first cancel or failure (a failure throws), so a missed period stays due.
 */
export async function runDueExports(options: Omit<RunExportOptions, 'kinds' | 'range'>): Promise<RunExportResult[]> {
  const results: RunExportResult[] = [];
  for (const period of await listDuePeriods(options.db, options.now)) {
    const result = await runExport({ ...options, kinds: period.kinds, range: { from: period.from, to: period.to } });
    results.push(result);
    if (result.status !== 'written') break;
  }
  return results;
}
