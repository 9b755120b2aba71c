import { createElement } from 'react';
import { translate, type Lang } from '@shared/i18n';
import { a4Portrait } from '@shared/print/sheet';
import type { DateRange } from '@shared/records/periods';
import { monthLabel, monthReportRows } from '@shared/today/month-report';
import type { MonthSummary } from '@shared/today/month-summary';
import type { PrintPreviewSource } from '../../../print/print-source';
import { MonthReportPage } from './MonthReportPage';

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The monthly report (月度报告) as one A4 page for the print preview. */
export function monthReportSource(summary: MonthSummary, month: DateRange, lang: Lang, now: number): PrintPreviewSource {
  const title = translate(lang, 'today.month.printTitle');
  const info = [translate(lang, 'today.month.period', { from: month.from, to: month.to }), translate(lang, 'today.month.printedAt', { at: stamp(now) })];
  const rows = monthReportRows(summary, lang);
  return {
    title: `${title} ${monthLabel(month)}`,
    fileName: translate(lang, 'today.month.fileName', { month: monthLabel(month) }),
    lang,
    pageSize: a4Portrait,
    pageCount: 1,
    renderPage: (index) => createElement(MonthReportPage, { key: index, title, info, rows, lang }),
  };
}
