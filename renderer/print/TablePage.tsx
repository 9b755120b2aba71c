import type { CSSProperties } from 'react';
import { translate } from '@shared/i18n';
import { fontStacks, sheetClass } from './print-css';
import { tableLayout as L, type PrintColumn, type PrintTable } from './table-layout';

interface Props {
  table: PrintTable;
  columns: PrintColumn[];
  rows: string[][];
  page: number;
  pages: number;
  /** The table's first page: an empty table prints its empty text there. */
  showEmpty: boolean;
}

const border = '0.2mm solid #000';
const cell: CSSProperties = {
  border,
  padding: '0 1mm',
  height: `${L.rowHeightMm}mm`,
  fontSize: '9pt',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
};
const line = (topMm: number, heightMm: number): CSSProperties => ({
  position: 'absolute', left: `${L.marginXMm}mm`, right: `${L.marginXMm}mm`, top: `${topMm}mm`, height: `${heightMm}mm`,
});

/**
 * One printed page of a plain report. Inline styles only: the same markup is shown in the preview
 * and serialised into the standalone document Electron prints.
 */
export function TablePage({ table, columns, rows, page, pages, showEmpty }: Props) {
  const widthMm = L.pageSize.widthMm - 2 * L.marginXMm;
  return (
    <div className={sheetClass}>
      <div style={{ ...line(L.titleYMm, 10), textAlign: 'center', fontFamily: fontStacks.title, fontSize: '18pt', fontWeight: 700 }}>
        {table.title}
      </div>
      {table.info.slice(0, 2).map((text, i) => (
        <div key={i} style={{ ...line(L.infoYMm + i * 5, 5), fontSize: '9.5pt', whiteSpace: 'pre' }}>
          {text}
        </div>
      ))}
      <table style={{ position: 'absolute', left: `${L.marginXMm}mm`, top: `${L.tableTopMm}mm`, width: `${widthMm}mm`, borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <colgroup>
          {columns.map((c, i) => (
            <col key={i} style={{ width: `${c.widthMm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} style={{ ...cell, height: `${L.headerHeightMm}mm`, fontFamily: fontStacks.title, textAlign: 'center' }}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && showEmpty && (
            <tr>
              <td colSpan={columns.length} style={{ ...cell, textAlign: 'center' }}>
                {table.emptyText}
              </td>
            </tr>
          )}
          {rows.map((row, r) => (
            <tr key={r}>
              {columns.map((c, i) => (
                <td key={i} style={{ ...cell, textAlign: c.align ?? 'left' }}>
                  {row[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ ...line(L.signatureYMm, 7), display: 'flex', gap: '8mm', fontSize: '10.5pt', alignItems: 'flex-end' }}>
        {table.signatures.map((label, i) => (
          <div key={i} style={{ flex: 1, display: 'flex', alignItems: 'flex-end' }}>
            <span>{label}</span>
            <span style={{ flex: 1, borderBottom: border, marginLeft: '2mm', height: '5mm' }} />
          </div>
        ))}
      </div>
      <div style={{ ...line(L.pageNumberYMm, 5), textAlign: 'center', fontSize: '9pt' }}>
        {translate(table.lang, 'print.page', { page, pages })}
      </div>
    </div>
  );
}
