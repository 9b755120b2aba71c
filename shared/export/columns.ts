import { isIsoDate, isoDateToLocalDate } from '../domain/local-date';
import { translate, type Lang, type StringKey } from '../i18n';
import { fitColumnWidths, type SheetCell, type SheetSpec } from './sheet-spec';

/** One Excel column: its header's dictionary key, width limits, and a number format for date cells. */
export interface ColumnDef {
  label: StringKey;
  min: number;
  max: number;
  date?: 'yyyy-mm-dd' | 'yyyy-mm-dd hh:mm';
}

/** Headers, fitted widths and date columns from the column list: each mapper only builds its rows. */
export function sheetFromColumns(sheetName: string, columns: readonly ColumnDef[], rows: SheetCell[][], lang: Lang): SheetSpec {
  const headers = columns.map((c) => translate(lang, c.label));
  return {
    sheetName,
    headers,
    rows,
    colWidths: fitColumnWidths(headers, rows, columns),
    dateColumns: columns.flatMap((c, col) => (c.date ? [{ col, format: c.date }] : [])),
  };
}

/** Names by id: customers, staff, products (a Map of whatever record has a name). */
export type NameLookup = ReadonlyMap<number, { name: string }>;

export function nameOf(lookup: NameLookup, id: number | undefined): string {
  return id === undefined ? '' : (lookup.get(id)?.name.trim() ?? '');
}

/** Several people in one cell: 李师傅、赵师傅. */
export function namesOf(lookup: NameLookup, ids: readonly number[]): string {
  return ids.map((id) => nameOf(lookup, id)).filter((n) => n !== '').join('、');
}

/** A local date string as a real date cell, or an empty cell. */
export function dateCell(iso: string | undefined): SheetCell {
  return iso !== undefined && isIsoDate(iso) ? isoDateToLocalDate(iso) : null;
}

/** An instant as a date-time cell, or an empty cell. */
export function instantCell(ms: number | undefined): SheetCell {
  return ms !== undefined && Number.isFinite(ms) ? new Date(ms) : null;
}
