/** Hands plain A4 reports' pages (see table-layout.ts) to the print preview, numbered across all of them. */
import { createElement } from 'react';
import type { PrintPreviewSource } from './print-source';
import { fitColumns, pageRows, tableLayout, type PrintColumn, type PrintTable } from './table-layout';
import { TablePage } from './TablePage';

interface Page {
  table: PrintTable;
  columns: PrintColumn[];
  rows: string[][];
}

/**
 * One printable document from one or more tables (the settlement report: the day's totals, then the
 * explained differences), each starting on a new page; the document takes the first table's title.
 */
export function tablePrintSource(first: PrintTable, ...more: PrintTable[]): PrintPreviewSource {
  const pages: Page[] = [first, ...more].flatMap((table) => {
    const columns = fitColumns(table.columns);
    return pageRows(table.rows).map((rows) => ({ table, columns, rows }));
  });
  return {
    title: first.title,
    fileName: first.fileName,
    lang: first.lang,
    pageSize: tableLayout.pageSize,
    pageCount: pages.length,
    renderPage: (index) => {
      const page = pages[index] ?? { table: first, columns: [], rows: [] };
      const firstOfTable = pages.findIndex((p) => p.table === page.table) === index;
      return createElement(TablePage, { key: index, ...page, page: index + 1, pages: pages.length, showEmpty: firstOfTable });
    },
  };
}
