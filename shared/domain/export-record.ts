/** One row of the export registry: every Excel file the app wrote. */
export interface ExportRecord {
  id?: number;
  kind: string;
  /** YYYY-MM-DD, inclusive. */
  rangeFrom: string;
  rangeTo: string;
  rowCount: number;
  createdAt: number;
  fileName: string;
  /** Where the file was written (Electron), or 'download' in browser mode. */
  location: string;
  sha256: string;
}
