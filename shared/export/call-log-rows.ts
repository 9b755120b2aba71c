import type { CallLog } from '../domain/call-log';
import type { Customer } from '../domain/customer';
import type { ExportKind } from '../domain/export-record';
import { isoDateToLocalDate } from '../domain/local-date';
import { translate, type Lang, type StringKey } from '../i18n';
import { fitColumnWidths, type SheetCell, type SheetSpec } from './sheet-spec';

const columns = [
  { label: 'call.field.at', min: 17, max: 17 },
  { label: 'call.field.direction', min: 6, max: 10 },
  { label: 'call.field.phone', min: 13, max: 16 },
  { label: 'call.field.customer', min: 10, max: 30 },
  { label: 'call.field.contact', min: 8, max: 16 },
  { label: 'call.field.topic', min: 6, max: 12 },
  { label: 'call.field.content', min: 20, max: 60 },
  { label: 'call.field.result', min: 12, max: 40 },
  { label: 'call.field.followUpDate', min: 11, max: 14 },
  { label: 'call.field.handler', min: 8, max: 16 },
  { label: 'call.field.voided', min: 6, max: 40 },
] as const satisfies readonly { label: StringKey; min: number; max: number }[];

const atColumn = 0;
const followUpColumn = 8;

/**
 * The call-log export (REC-2): one row per call, oldest first, labels in the chosen language.
 * Call logs are permanent: a voided call stays in the export, marked with its reason in the last column.
 */
export function callLogSheet(
  calls: readonly CallLog[],
  customersById: ReadonlyMap<number, Pick<Customer, 'name'>>,
  lang: Lang,
): SheetSpec {
  const headers = columns.map((c) => translate(lang, c.label));
  const direction = { in: translate(lang, 'call.direction.in'), out: translate(lang, 'call.direction.out') };
  const topicLabel = (topic: CallLog['topic']) => translate(lang, `call.topic.${topic}`);
  const rows = calls.map((call): SheetCell[] => [
    new Date(call.at),
    direction[call.direction],
    call.phone,
    call.customerId !== undefined ? (customersById.get(call.customerId)?.name ?? '') : '',
    call.contact,
    topicLabel(call.topic),
    call.content,
    call.result,
    call.followUpDate ? isoDateToLocalDate(call.followUpDate) : null,
    call.handlerName ?? '',
    call.voided ? `${translate(lang, 'void.voided')}:${call.voided.reason}` : '',
  ]);
  return {
    sheetName: translate(lang, 'export.sheet.callLogs'),
    headers,
    rows,
    colWidths: fitColumnWidths(headers, rows, columns),
    dateColumns: [
      { col: atColumn, format: 'yyyy-mm-dd hh:mm' },
      { col: followUpColumn, format: 'yyyy-mm-dd' },
    ],
  };
}

/** e.g. 电话记录_2026-11-01_2026-11-30.xlsx */
export function exportFileName(kind: ExportKind, from: string, to: string, lang: Lang = 'zh-CN'): string {
  return `${translate(lang, `export.kind.${kind}`)}_${from}_${to}.xlsx`;
}
