/**
 * A plain A4 report (reorder list, count sheet, daily settlement, picking list, the day's shipment log):
 * title, a few info lines, a ruled table paged at a fixed number of rows, signature lines and the page
 * number. Pure data and paging; every feature's A4 table report goes through it.
 */
import type { Lang } from '@shared/i18n';
import { a4Portrait } from '@shared/print/sheet';

export interface PrintColumn {
  label: string;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

export interface PrintTable {
  title: string;
  /** Lines under the title (date, counts, printed at); at most two fit. */
  info: string[];
  columns: PrintColumn[];
  rows: string[][];
  /** Signature labels printed at the foot of every page (制表人, 库管员, 主管 …). */
  signatures: string[];
  /** Printed in the table when there are no rows. */
  emptyText: string;
  /** The saved PDF's name, without extension. */
  fileName: string;
  lang: Lang;
}

/** Millimetres on A4 portrait; 28 rows of 7.5 mm leave room for two info lines and the signatures. */
export const tableLayout = {
  pageSize: a4Portrait,
  marginXMm: 12,
  titleYMm: 12,
  infoYMm: 24,
  tableTopMm: 36,
  headerHeightMm: 8,
  rowHeightMm: 7.5,
  rowsPerPage: 28,
  signatureYMm: 262,
  pageNumberYMm: 280,
} as const;

/** The rows of each page; an empty table still prints one page (with its empty text). */
export function pageRows<T>(rows: readonly T[], perPage: number = tableLayout.rowsPerPage): T[][] {
  if (perPage < 1) throw new RangeError(`bad page size: ${perPage}`);
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  return pages.length > 0 ? pages : [[]];
}

/** Scales the columns to the printable width, keeping their proportions. */
export function fitColumns(columns: readonly PrintColumn[], widthMm: number = tableLayout.pageSize.widthMm - 2 * tableLayout.marginXMm): PrintColumn[] {
  const total = columns.reduce((sum, c) => sum + c.widthMm, 0);
  if (total <= 0) return [...columns];
  return columns.map((c) => ({ ...c, widthMm: (c.widthMm * widthMm) / total }));
}
