import * as XLSX from 'xlsx';
import type { Lang } from '@shared/i18n';
import type { ImportKind } from '@shared/import/fields';
import type { FileKind, ImportFileReason, ImportLimits } from '@shared/import/file-kind';
import { sheetFromAoa, type ImportSheet } from '@shared/import/sheet';
import { importTemplate } from '@shared/import/template';

export type ReadImport = { ok: true; sheet: ImportSheet } | { ok: false; reason: ImportFileReason };

/**
 * CSV text: UTF-8 (with or without the BOM Excel writes), else GB18030, the encoding Excel on a
 * Chinese Windows saves CSV in. Read by the platform's decoders, not SheetJS's code-page tables.
 */
function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function workbookOf(bytes: Uint8Array, kind: FileKind, sheetRows: number): XLSX.WorkBook {
  // A CSV's cells stay text (raw): "0571…" keeps its 0 and "2024-01-15" is not turned into a date.
  if (kind === 'csv') return XLSX.read(csvText(bytes), { type: 'string', raw: true, dense: true, sheetRows });
  return XLSX.read(bytes, { type: 'array', cellDates: true, dense: true, sheetRows });
}

/**
 * The first sheet of a workbook as header + rows, read with SheetJS on this thread (the import worker
 * calls it). Blank rows are kept and the range starts at A1, so `rows[i]` is Excel row i + 2 and the
 * report's row numbers match what the user sees in Excel. At most `limits.maxRows` data rows are
 * parsed: a longer sheet is refused as too large rather than read whole.
 */
export function readImportFile(bytes: Uint8Array, kind: FileKind, limits: Pick<ImportLimits, 'maxRows'>): ReadImport {
  try {
    return sheetOf(workbookOf(bytes, kind, limits.maxRows + 2), limits);
  } catch {
    // SheetJS throws on damage it meets while reading or while turning cells into rows (a cell type it does not know).
    return { ok: false, reason: 'import.file.damaged' };
  }
}

function sheetOf(wb: XLSX.WorkBook, limits: Pick<ImportLimits, 'maxRows'>): ReadImport {
  const name = wb.SheetNames[0];
  const ws = name === undefined ? undefined : wb.Sheets[name];
  const full = ws?.['!fullref'] ?? ws?.['!ref'];
  if (!ws || !full) return { ok: false, reason: 'import.file.empty' };
  if (XLSX.utils.decode_range(full).e.r > limits.maxRows) return { ok: false, reason: 'import.file.tooLarge' };
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, blankrows: true, defval: null, range: 0 });
  const sheet = sheetFromAoa(aoa);
  const blank = (c: unknown) => c === null || c === undefined || String(c).trim() === '';
  if (sheet.headers.every(blank) && sheet.rows.every((r) => r.every(blank))) return { ok: false, reason: 'import.file.empty' };
  return { ok: true, sheet };
}

/** The downloadable template: the dictionary's column headers and one example row. */
export function importTemplateBytes(kind: ImportKind, lang: Lang): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(importTemplate(kind, lang));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, kind);
  const out: unknown = XLSX.write(wb, { type: 'array', bookType: 'xlsx' });
  return out instanceof ArrayBuffer ? new Uint8Array(out) : new Uint8Array(0);
}
