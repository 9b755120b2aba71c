import * as XLSX from 'xlsx';
import type { Lang } from '@shared/i18n';
import type { ImportKind } from '@shared/import/fields';
import { sheetFromAoa, type ImportSheet } from '@shared/import/sheet';
import { importTemplate } from '@shared/import/template';

/**
 * The first sheet of an .xlsx as header + rows. Blank rows are kept and the range starts at A1, so
 * `rows[i]` is Excel row i + 2 and the report's row numbers match what the user sees in Excel.
 */
export function readImportFile(bytes: ArrayBuffer | Uint8Array): ImportSheet {
  const wb = XLSX.read(bytes, { type: 'array', cellDates: true, dense: true });
  const name = wb.SheetNames[0];
  const ws = name === undefined ? undefined : wb.Sheets[name];
  if (!ws) return { headers: [], rows: [] };
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, blankrows: true, defval: null, range: 0 });
  return sheetFromAoa(aoa);
}

/** The downloadable template: the dictionary's column headers and one example row. */
export function importTemplateBytes(kind: ImportKind, lang: Lang): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(importTemplate(kind, lang));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, kind);
  const out: unknown = XLSX.write(wb, { type: 'array', bookType: 'xlsx' });
  return out instanceof ArrayBuffer ? new Uint8Array(out) : new Uint8Array(0);
}
