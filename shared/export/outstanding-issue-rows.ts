import { translate, type Lang, type StringKey } from '../i18n';
import { recordKindLabelKeys } from '../i18n/records';
import type { OutstandingIssue, SourceKind } from '../service/outstanding';
import { dateCell, instantCell, nameOf, sheetFromColumns, type ColumnDef, type NameLookup } from './columns';
import type { SheetCell, SheetSpec } from './sheet-spec';

const columns = [
  { label: 'service.outstanding.field.description', min: 20, max: 60 },
  { label: 'service.outstanding.field.source', min: 12, max: 24 },
  { label: 'service.outstanding.field.owner', min: 8, max: 16 },
  { label: 'service.outstanding.field.dueDate', min: 11, max: 14, date: 'yyyy-mm-dd' },
  { label: 'service.outstanding.field.status', min: 8, max: 10 },
  { label: 'service.outstanding.field.resolution', min: 16, max: 60 },
  { label: 'service.outstanding.field.closedAt', min: 17, max: 17, date: 'yyyy-mm-dd hh:mm' },
  { label: 'service.outstanding.field.createdAt', min: 17, max: 17, date: 'yyyy-mm-dd hh:mm' },
] as const satisfies readonly ColumnDef[];

const sourceLabelKeys: Record<SourceKind, StringKey> = {
  serviceReports: recordKindLabelKeys.serviceReports,
  serviceCards: recordKindLabelKeys.serviceCards,
  outstandingIssues: recordKindLabelKeys.outstandingIssues,
  callLogs: recordKindLabelKeys.callLogs,
  serviceRequests: 'service.outstanding.source.serviceRequests',
  shipments: 'service.outstanding.source.shipments',
};

/** 服务报告 #42. */
export function sourceText(source: OutstandingIssue['source'], lang: Lang): string {
  return translate(lang, 'service.outstanding.sourceRef', { kind: translate(lang, sourceLabelKeys[source.kind]), id: source.id });
}

/** The outstanding-issue sheet (遗留问题记录): one row per issue, in the order recorded. */
export function outstandingIssueSheet(issues: readonly OutstandingIssue[], staff: NameLookup, lang: Lang): SheetSpec {
  const rows = [...issues]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((i): SheetCell[] => [
      i.description,
      sourceText(i.source, lang),
      nameOf(staff, i.ownerId),
      dateCell(i.dueDate),
      translate(lang, `service.outstanding.status.${i.status}`),
      i.resolution ?? '',
      instantCell(i.closedAt),
      instantCell(i.createdAt),
    ]);
  return sheetFromColumns(translate(lang, 'export.sheet.outstandingIssues'), columns, rows, lang);
}
