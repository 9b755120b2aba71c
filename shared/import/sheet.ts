import type { ImportField } from './fields';
import type { ImportMapping } from './mapping';
import type { ImportReportEntry } from './report';
import { cellText } from './cells';

/**
 * A sheet as read by SheetJS elsewhere. `rows[i]` is Excel row i + 2 (the header is row 1), so read
 * with `sheet_to_json(ws, { header: 1, blankrows: true, defval: null })` to keep row numbers true.
 */
export interface ImportSheet {
  headers: string[];
  rows: unknown[][];
}

/** From an array of arrays whose first row is the header. */
export function sheetFromAoa(aoa: readonly (readonly unknown[])[]): ImportSheet {
  const [head = [], ...rest] = aoa;
  return { headers: head.map(cellText), rows: rest.map((r) => [...r]) };
}

/** From objects keyed by header text (SheetJS's default `sheet_to_json`), headers in first-seen order. */
export function sheetFromObjects(objects: readonly Readonly<Record<string, unknown>>[]): ImportSheet {
  const headers = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  return { headers, rows: objects.map((o) => headers.map((h) => o[h])) };
}

/** One data row seen through the mapping, collecting its report entries. */
export class RowReader {
  readonly entries: ImportReportEntry[] = [];

  constructor(
    readonly row: number,
    private readonly cells: readonly unknown[],
    private readonly headers: readonly string[],
    private readonly mapping: ImportMapping,
  ) {}

  get(key: string): unknown {
    const col = this.mapping[key];
    return col === undefined ? undefined : this.cells[col];
  }

  text(key: string): string {
    return cellText(this.get(key));
  }

  column(key: string): string {
    const col = this.mapping[key];
    return col === undefined ? '' : (this.headers[col] ?? '');
  }

  /** Adds an entry; a cell keeps only its first reason, so one mistake is reported once. */
  report(key: string, reason: string): void {
    if (this.entries.some((e) => e.field === key)) return;
    this.entries.push({ row: this.row, column: this.column(key), field: key, reason });
  }

  /**
   * A date or a yes/no cell in a text or phone column: read as text it would become something else
   * (2024-01-15 → the phone 20240115, TRUE → no phone at all), so it is refused instead.
   */
  checkCellKinds(fields: readonly ImportField[]): void {
    for (const f of fields) {
      if (f.kind !== 'text' && f.kind !== 'phone') continue;
      const c = this.get(f.key);
      if (c instanceof Date || typeof c === 'boolean') this.report(f.key, f.kind === 'phone' ? 'import.error.phoneNotText' : 'import.error.notText');
    }
  }

  /** Blank required cells; true when all are filled. */
  requireFilled(fields: readonly ImportField[]): boolean {
    for (const f of fields) if (f.required && this.text(f.key) === '') this.report(f.key, 'import.error.required');
    return this.entries.length === 0;
  }

  /** The entries in the file's column order, as the user reads the row. */
  sortedEntries(): ImportReportEntry[] {
    const col = (e: ImportReportEntry) => (e.field === undefined ? -1 : (this.mapping[e.field] ?? -1));
    return [...this.entries].sort((a, b) => col(a) - col(b));
  }

  isEmpty(): boolean {
    return this.cells.every((c) => cellText(c) === '');
  }
}

/** Maps a validator's issue path ('phones.1', 'addresses.0.detail') to the import field it came from. */
export function fieldOfPath(path: string, pathToField: Readonly<Record<string, string>>): string {
  const head = path.split('.')[0] ?? path;
  return pathToField[head] ?? head;
}
