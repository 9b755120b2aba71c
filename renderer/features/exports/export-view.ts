import type { ExportKind } from '@shared/domain/export-record';
import type { StringKey, Translate } from '@shared/i18n';
import { monthOf, addDays, type DateRange } from '@shared/records/periods';
import type { DuePeriod, ExportableKind } from '@shared/records/export-schedule';
import type { ExportProgress } from '../../export/progress';

/** 类型 in the registry and the forms: every kind the export writes. */
export const kindLabel: Record<ExportKind, StringKey> = {
  callLogs: 'export.kind.callLogs',
  serviceCards: 'export.kind.serviceCards',
  serviceReports: 'export.kind.serviceReports',
  outstandingIssues: 'export.kind.outstandingIssues',
  shipmentLog: 'export.kind.shipmentLog',
  stockMovements: 'export.kind.stockMovements',
};

export const kindsText = (t: Translate, kinds: readonly ExportableKind[]) => kinds.map((k) => t(kindLabel[k])).join(t('list.separator'));

/** "2026-10-01 至 2026-10-31:服务卡、电话记录": one due period on the banner. */
export function duePeriodText(t: Translate, p: DuePeriod): string {
  return t('exportSchedule.duePeriod', { from: p.from, to: p.to, kinds: kindsText(t, p.kinds) });
}

/** The month holding `today`, and the one before: the quick ranges of the export form. */
export function thisAndLastMonth(today: string): { thisMonth: DateRange; lastMonth: DateRange } {
  const thisMonth = monthOf(today);
  return { thisMonth, lastMonth: monthOf(addDays(thisMonth.from, -1)) };
}

/** "服务卡 3 条、电话记录 12 条" after a written export. */
export function countsText(t: Translate, counts: readonly { kind: ExportableKind; count: number }[]): string {
  return counts.map((c) => t('expui.kindCount', { kind: t(kindLabel[c.kind]), count: c.count })).join(t('list.separator'));
}

export function progressText(t: Translate, p: ExportProgress): string {
  if (p.phase === 'cells') return t('export.progress.cells', { done: p.done, total: p.total });
  return t(p.phase === 'read' ? 'export.progress.read' : p.phase === 'zip' ? 'export.progress.zip' : 'export.progress.save');
}

/** 0–100 while cells are filled, else null (an indeterminate bar). */
export function progressPercent(p: ExportProgress | null): number | null {
  return p?.phase === 'cells' && p.total > 0 ? (100 * p.done) / p.total : null;
}
