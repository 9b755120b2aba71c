import type { Translate } from '@shared/i18n';
import { importFields, type ImportField, type ImportKind } from '@shared/import/fields';
import type { ImportMapping } from '@shared/import/mapping';
import type { ImportReportEntry } from '@shared/import/report';
import { importLimits, type ImportFileReason } from '@shared/import/file-kind';
import { issueText } from '../../i18n/issue-text';

/** One line of the validation report as the table shows it. */
export interface ReportLine {
  row: string;
  column: string;
  reason: string;
}

/** Report lines beyond this are counted, not listed (a wrong file can have thousands). */
export const reportLimit = 200;

function fieldLabel(t: Translate, fields: readonly ImportField[], key: string | undefined): string {
  const f = fields.find((x) => x.key === key);
  return f ? t(f.label) : '';
}

/**
 * The row-by-row report: Excel row number (row 1 = the header), the column as headed in the file
 * (or the field's name when the column is missing), and the reason in words.
 */
export function reportLines(t: Translate, kind: ImportKind, report: readonly ImportReportEntry[]): { lines: ReportLine[]; more: number } {
  const fields = importFields(kind);
  const lines = report.slice(0, reportLimit).map((e) => ({
    row: e.row === 1 ? t('import.headerRow') : String(e.row),
    column: e.column || fieldLabel(t, fields, e.field),
    reason: issueText(t, e.reason),
  }));
  return { lines, more: Math.max(0, report.length - reportLimit) };
}

/** A new mapping with one field moved to another column (or to none); other fields keep theirs. */
export function remap(mapping: ImportMapping, field: string, column: number | undefined): ImportMapping {
  return { ...mapping, [field]: column };
}

/** The summary line: ready to import n rows, or blocked by n problems. */
export function importStatus(t: Translate, p: { canImport: boolean; validCount: number; problemCount: number }): { ok: boolean; text: string } {
  return p.canImport
    ? { ok: true, text: t('import.ready', { count: p.validCount }) }
    : { ok: false, text: t('import.blocked', { count: Math.max(1, p.problemCount) }) };
}

/** Why a file was not read, in words: not a workbook, damaged, empty, too large (with the limits), too slow. */
export function fileRefusalText(t: Translate, reason: ImportFileReason): string {
  switch (reason) {
    case 'import.file.tooLarge':
      return t(reason, { mb: Math.round(importLimits.maxBytes / (1024 * 1024)), rows: importLimits.maxRows });
    case 'import.file.timeout':
      return t(reason, { seconds: Math.round(importLimits.timeMs / 1000) });
    default:
      return t(reason);
  }
}
