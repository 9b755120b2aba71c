/**
 * The row-by-row validation report of an import. `row` is the Excel row number (the header is row 1,
 * the first data row is row 2); `column` the header text as in the file (empty when the column is
 * missing: `field` then says which); `reason` a dictionary key.
 */
export interface ImportReportEntry {
  row: number;
  column: string;
  field?: string;
  reason: string;
}

export interface ImportedRow<T> {
  row: number;
  value: T;
}

export interface ImportResult<T> {
  valid: ImportedRow<T>[];
  report: ImportReportEntry[];
}

/**
 * Nothing is written while the report has any entry: the user fixes the file and imports again.
 * When this is true the caller writes all valid rows in one transaction, after the user confirms.
 */
export function canImport(result: ImportResult<unknown>): boolean {
  return result.report.length === 0 && result.valid.length > 0;
}
