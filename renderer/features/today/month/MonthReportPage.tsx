import type { CSSProperties } from 'react';
import { translate, type Lang } from '@shared/i18n';
import type { MonthReportRow } from '@shared/today/month-report';
import { fontStacks, sheetClass } from '../../../print/print-css';

interface Props {
  title: string;
  info: string[];
  rows: MonthReportRow[];
  lang: Lang;
}

const marginMm = 20;
const border = '0.2mm solid #000';
const cell: CSSProperties = { border, padding: '0 2mm', height: '10mm', fontSize: '11pt' };
const line = (topMm: number, heightMm: number): CSSProperties => ({ position: 'absolute', left: `${marginMm}mm`, right: `${marginMm}mm`, top: `${topMm}mm`, height: `${heightMm}mm` });
const widthsMm = [50, 45, 75];

/**
 * The A4 monthly report (one page): title, period and print time, the summary table, signature
 * lines. Inline styles only, like the other plain reports: the preview and the printed document share it.
 */
export function MonthReportPage({ title, info, rows, lang }: Props) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return (
    <div className={sheetClass}>
      <div style={{ ...line(18, 12), textAlign: 'center', fontFamily: fontStacks.title, fontSize: '20pt', fontWeight: 700 }}>{title}</div>
      {info.map((text, i) => (
        <div key={i} style={{ ...line(34 + i * 6, 6), fontSize: '10.5pt', fontFamily: fontStacks.body }}>
          {text}
        </div>
      ))}
      <table style={{ position: 'absolute', left: `${marginMm}mm`, top: '50mm', width: `${210 - 2 * marginMm}mm`, borderCollapse: 'collapse', tableLayout: 'fixed', fontFamily: fontStacks.body }}>
        <colgroup>
          {widthsMm.map((w, i) => (
            <col key={i} style={{ width: `${w}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {(['today.month.col.item', 'today.month.col.value', 'today.month.col.note'] as const).map((key) => (
              <th key={key} style={{ ...cell, fontFamily: fontStacks.title, textAlign: 'center' }}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td style={cell}>{r.label}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{r.text}</td>
              <td style={{ ...cell, fontSize: '9.5pt' }}>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ ...line(250, 8), display: 'flex', gap: '12mm', fontSize: '11pt', alignItems: 'flex-end' }}>
        {(['today.month.signature.preparedBy', 'today.month.signature.supervisor'] as const).map((key) => (
          <div key={key} style={{ flex: 1, display: 'flex', alignItems: 'flex-end' }}>
            <span>{t(key)}</span>
            <span style={{ flex: 1, borderBottom: border, marginLeft: '2mm', height: '6mm' }} />
          </div>
        ))}
      </div>
    </div>
  );
}
