/** One worksheet as plain data: what an export mapper produces and the .xlsx adapter writes. */
export type SheetCell = string | number | Date | null;

export interface SheetSpec {
  sheetName: string;
  headers: string[];
  rows: SheetCell[][];
  /** Column widths in characters (Excel `wch`). */
  colWidths: number[];
  /** Columns holding Date values, each with its Excel number format (e.g. 'yyyy-mm-dd hh:mm'). */
  dateColumns: { col: number; format: string }[];
}

const wideChar = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of a text in Excel character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += wideChar.test(ch) ? 2 : 1;
  return width;
}

/** Widths that fit the header and the text, within [min, max] per column. */
export function fitColumnWidths(
  headers: readonly string[],
  rows: readonly (readonly SheetCell[])[],
  limits: readonly { min: number; max: number }[],
): number[] {
  return headers.map((header, col) => {
    const { min, max } = limits[col] ?? { min: 8, max: 40 };
    let widest = displayWidth(header);
    for (const row of rows) {
      const cell = row[col];
      if (typeof cell === 'string' && cell.length * 2 > widest) widest = Math.max(widest, displayWidth(cell));
      if (widest >= max) break;
    }
    // +2: room for the autofilter arrow in the header cell.
    return Math.min(max, Math.max(min, widest + 2));
  });
}
