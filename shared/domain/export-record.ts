import type { Issue } from '../validation';
import { validateDateRange } from './local-date';

/** Every kind the Excel export writes (REC-2); one registry row per kind, even when several share one file. */
export const exportKinds = ['callLogs', 'serviceCards', 'serviceReports', 'outstandingIssues', 'shipmentLog', 'stockMovements'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** One row of the export registry: every Excel file the app wrote (REC-2). */
export interface ExportRecord {
  id?: number;
  kind: ExportKind;
  /** YYYY-MM-DD, inclusive. */
  rangeFrom: string;
  rangeTo: string;
  rowCount: number;
  createdAt: number;
  fileName: string;
  /** Where the file was written (Electron), or 'download' in browser mode. */
  location: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

export function validateExportRecord(rec: Omit<ExportRecord, 'id'>): Issue[] {
  const issues: Issue[] = [...validateDateRange(rec.rangeFrom, rec.rangeTo)];
  if (!exportKinds.includes(rec.kind)) issues.push({ path: 'kind', message: 'export.error.kind' });
  if (!Number.isInteger(rec.rowCount) || rec.rowCount < 0) issues.push({ path: 'rowCount', message: 'export.error.rowCount' });
  if (!/^[0-9a-f]{64}$/.test(rec.sha256)) issues.push({ path: 'sha256', message: 'export.error.sha256' });
  if (!rec.fileName.trim()) issues.push({ path: 'fileName', message: 'export.error.fileName' });
  return issues;
}
