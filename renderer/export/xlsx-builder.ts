import * as XLSX from 'xlsx';
import { excelSerialFromLocal } from '@shared/export/excel-date';
import type { SheetCell, SheetSpec } from '@shared/export/sheet-spec';
import { freezeHeaderRows } from './freeze-panes';
import type { ExportProgress } from './progress';

const progressEvery = 5000;

function toCell(value: SheetCell, dateFormat: string | undefined): XLSX.CellObject | undefined {
  if (value === null || value === '') return undefined;
  if (value instanceof Date) {
    // A number with a date format, computed from local wall-clock time (see excelSerialFromLocal).
    return { t: 'n', v: excelSerialFromLocal(value), z: dateFormat ?? 'yyyy-mm-dd hh:mm' };
  }
  if (typeof value === 'number') return { t: 'n', v: value };
  return { t: 's', v: value };
}

/** Counts cell rows across all sheets so progress runs from 0 to the workbook's total. */
class CellProgress {
  done = 0;
  constructor(
    readonly total: number,
    private readonly onProgress?: (p: ExportProgress) => void,
  ) {}

  row(): void {
    this.done++;
    if (this.done % progressEvery === 0) this.onProgress?.({ phase: 'cells', done: this.done, total: this.total });
  }
}

function toWorksheet(spec: SheetSpec, progress: CellProgress): XLSX.WorkSheet {
  const formats = new Map(spec.dateColumns.map((d) => [d.col, d.format]));
  const total = spec.rows.length;
  // Dense mode: an array of rows instead of one object key per cell, far less memory for 100k rows.
  const data: XLSX.CellObject[][] = [spec.headers.map((h) => ({ t: 's', v: h }))];
  for (let r = 0; r < total; r++) {
    const cells: XLSX.CellObject[] = []; // sparse: an empty value leaves a hole, not an empty cell
    (spec.rows[r] ?? []).forEach((value, c) => {
      const cell = toCell(value, formats.get(c));
      if (cell) cells[c] = cell;
    });
    data.push(cells);
    progress.row();
  }
  const lastCol = Math.max(0, spec.headers.length - 1);
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: total, c: lastCol } });
  return { '!data': data, '!ref': ref, '!cols': spec.colWidths.map((wch) => ({ wch })), '!autofilter': { ref } };
}

/**
 * The .xlsx bytes of a workbook, one sheet per spec in order: header row (frozen), date cells with a
 * date format, column widths and an autofilter on the header. SheetJS CE 0.20.3 does not write frozen
 * panes, so the zip is written stored and the panes are added while compressing it (freeze-panes.ts).
 */
export function buildXlsxBook(specs: readonly SheetSpec[], onProgress?: (p: ExportProgress) => void): Uint8Array<ArrayBuffer> {
  const progress = new CellProgress(specs.reduce((n, s) => n + s.rows.length, 0), onProgress);
  const book = XLSX.utils.book_new();
  for (const spec of specs) XLSX.utils.book_append_sheet(book, toWorksheet(spec, progress), spec.sheetName);
  onProgress?.({ phase: 'zip', done: 0, total: 1 });
  // bookSST: repeated texts (directions, topics, names) once in a shared-string table, and a sheet XML
  // of plain ASCII. Measured on 100k calls: worker heap peak 436 MB without it, 241 MB with it.
  const stored: ArrayBuffer = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: false, bookSST: true });
  const out = freezeHeaderRows(new Uint8Array(stored));
  onProgress?.({ phase: 'zip', done: 1, total: 1 });
  return out;
}

/** The .xlsx bytes of one sheet (see buildXlsxBook). */
export function buildXlsx(spec: SheetSpec, onProgress?: (p: ExportProgress) => void): Uint8Array<ArrayBuffer> {
  return buildXlsxBook([spec], onProgress);
}
