import * as XLSX from 'xlsx';
import { excelSerialFromLocal } from '@shared/export/excel-date';
import type { SheetCell, SheetSpec } from '@shared/export/sheet-spec';
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

/**
 * The .xlsx bytes of one sheet: header row, date cells with a date format, column widths and an
 * autofilter on the header. SheetJS CE 0.20.3 does not write frozen panes (its sheetView writer
 * ignores `!freeze`/panes), so the header row is not frozen.
 */
export function buildXlsx(spec: SheetSpec, onProgress?: (p: ExportProgress) => void): Uint8Array<ArrayBuffer> {
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
    if ((r + 1) % progressEvery === 0) onProgress?.({ phase: 'cells', done: r + 1, total });
  }
  onProgress?.({ phase: 'zip', done: 0, total: 1 });

  const lastCol = Math.max(0, spec.headers.length - 1);
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: total, c: lastCol } });
  const sheet: XLSX.WorkSheet = {
    '!data': data,
    '!ref': ref,
    '!cols': spec.colWidths.map((wch) => ({ wch })),
    '!autofilter': { ref },
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, spec.sheetName);
  // bookSST: repeated texts (directions, topics, names) once in a shared-string table, and a sheet XML
  // of plain ASCII. Measured on 100k calls: worker heap peak 436 MB without it, 241 MB with it.
  const out: ArrayBuffer = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true });
  onProgress?.({ phase: 'zip', done: 1, total: 1 });
  return new Uint8Array(out);
}
