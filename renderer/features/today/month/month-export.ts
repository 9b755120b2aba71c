import type { Lang } from '@shared/i18n';
import { translate } from '@shared/i18n';
import type { DateRange } from '@shared/records/periods';
import { monthLabel, monthSheetSpec } from '@shared/today/month-report';
import type { MonthSummary } from '@shared/today/month-summary';
import type { Platform } from '../../../platform/platform';

export type MonthExportResult = { status: 'written'; location: string } | { status: 'cancelled' };

/**
 * The month summary as .xlsx through the platform (Electron: the export folder; browser: a download).
 * Ten rows: built here, SheetJS loaded only when exporting. Not a REC-2 record kind, so the export
 * registry does not list it.
 */
export async function exportMonthSummary(summary: MonthSummary, month: DateRange, lang: Lang, platform: Pick<Platform, 'writeExport'>): Promise<MonthExportResult> {
  const { buildXlsx } = await import('../../../export/xlsx-builder');
  const bytes = buildXlsx(monthSheetSpec(summary, month, lang));
  const written = await platform.writeExport(`${translate(lang, 'today.month.fileName', { month: monthLabel(month) })}.xlsx`, bytes);
  return written ? { status: 'written', location: written.location } : { status: 'cancelled' };
}
