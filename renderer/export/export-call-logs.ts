import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { validateDateRange } from '@shared/domain/local-date';
import type { ExportRecord } from '@shared/domain/export-record';
import { exportFileName } from '@shared/export/call-log-rows';
import type { Lang } from '@shared/i18n';
import type { AppDB } from '../db/db';
import { addExportRecord } from '../db/exports-repo';
import type { Platform } from '../platform/platform';
import type { ExportProgress } from './progress';
import { sha256Hex } from './sha256';
import { buildWorkbookOffThread } from './xlsx-client';

export type ExportResult = { status: 'empty' } | { status: 'cancelled' } | { status: 'written'; record: ExportRecord };

export interface ExportCallLogsOptions {
  db: AppDB;
  /** The signed-in staff member: the export is registered and audited under their name. */
  actor: Actor;
  platform: Pick<Platform, 'writeExport'>;
  /** YYYY-MM-DD, both inclusive, local dates. */
  from: string;
  to: string;
  lang: Lang;
  onProgress?: (p: ExportProgress) => void;
}

/**
 * Exports the calls of a date range to .xlsx and registers the file (REC-2). An empty range writes
 * no file; a cancelled or failed write registers nothing. The workbook is read and built in a Web Worker.
 */
export async function exportCallLogs(options: ExportCallLogsOptions): Promise<ExportResult> {
  const { db, actor, platform, from, to, lang, onProgress } = options;
  // Refuse before writing a file that could then not be registered.
  assertCan(actor.roles, 'export');
  assertValid(validateDateRange(from, to));
  const workbook = await buildWorkbookOffThread(db, { kind: 'callLogs', from, to, lang }, onProgress);
  if (!workbook) return { status: 'empty' };

  // Hash before handing the bytes over: the registry must describe exactly what was written.
  const sha256 = await sha256Hex(workbook.bytes);
  const fileName = exportFileName('callLogs', from, to, lang);
  onProgress?.({ phase: 'save', done: 0, total: 1 });
  const written = await platform.writeExport(fileName, workbook.bytes);
  if (!written) return { status: 'cancelled' };
  onProgress?.({ phase: 'save', done: 1, total: 1 });

  const record: Omit<ExportRecord, 'id'> = {
    kind: 'callLogs',
    rangeFrom: from,
    rangeTo: to,
    rowCount: workbook.rowCount,
    createdAt: Date.now(),
    fileName,
    location: written.location,
    sha256,
  };
  const id = await addExportRecord(db, actor, record);
  return { status: 'written', record: { ...record, id } };
}
