import type { StringKey } from '@shared/i18n';
import { recordKindLabelKeys } from '@shared/i18n/records';
import type { SourceKind } from '@shared/service/outstanding';

/** 来源: the kind of record an issue came from, in words. */
export const sourceLabelKeys: Record<SourceKind, StringKey> = {
  serviceReports: recordKindLabelKeys.serviceReports,
  serviceCards: recordKindLabelKeys.serviceCards,
  outstandingIssues: recordKindLabelKeys.outstandingIssues,
  callLogs: recordKindLabelKeys.callLogs,
  serviceRequests: 'service.outstanding.source.serviceRequests',
  shipments: 'service.outstanding.source.shipments',
};

export const outstandingFilters = ['open', 'overdue', 'all'] as const;
export type OutstandingFilterId = (typeof outstandingFilters)[number];

/** Days past the due date (0 on or before it): how overdue reads in the list. */
export function daysOverdue(dueDate: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}
