import { fitColumnWidths, type SheetCell, type SheetSpec } from '@shared/export/sheet-spec';
import type { Platform } from '../../../platform/platform';

/** A list as it goes to Excel: the same headers and rows the printed report shows, numbers as numbers. */
export interface ExportTable {
  sheetName: string;
  headers: string[];
  rows: SheetCell[][];
  /** With the .xlsx extension. */
  fileName: string;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

export function tableSheetSpec(table: ExportTable): SheetSpec {
  const limits = table.headers.map(() => ({ min: 6, max: 40 }));
  return {
    sheetName: safeSheetName(table.sheetName),
    headers: table.headers,
    rows: table.rows,
    colWidths: fitColumnWidths(table.headers, table.rows, limits),
    dateColumns: [],
  };
}

export type TableExportResult = { status: 'written'; location: string } | { status: 'cancelled' };

/**
 * Writes the list as .xlsx through the platform (Electron: the export folder; browser: a download).
 * These lists are a few hundred rows at most, so the workbook is built here, not in the export
 * worker; SheetJS is loaded only when the user exports.
 */
export async function exportTable(table: ExportTable, platform: Pick<Platform, 'writeExport'>): Promise<TableExportResult> {
  const { buildXlsx } = await import('../../../export/xlsx-builder');
  const bytes = buildXlsx(tableSheetSpec(table));
  const written = await platform.writeExport(table.fileName, bytes);
  return written ? { status: 'written', location: written.location } : { status: 'cancelled' };
}
