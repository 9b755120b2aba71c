/**
 * One line of the weekly review pack per record: who or what it is about, and a short summary. The
 * caller resolves names (customer, staff, product) from its lookups; the wording comes from the
 * dictionary.
 */
import type { CallLog } from '../domain/call-log';
import { translate, type Lang } from '../i18n';
import type { ServiceCard } from '../service/card';
import type { OutstandingIssue } from '../service/outstanding';
import type { ServiceReport } from '../service/report';
import type { ReviewableKind } from './review';

export interface PackEntry {
  kind: ReviewableKind;
  recordId: number;
  /** The record's own time (epoch ms): the call's time, the report's creation; the time column shows it. */
  at: number;
  /** When it was entered (epoch ms): the week it is reviewed in (REV-1, shared/review/review-week.ts). */
  enteredAt: number;
  subject: string;
  detail: string;
  /** The review comment once reviewed ('' until then). */
  comment: string;
}

const lines = (...parts: (string | undefined)[]) => parts.map((p) => p?.trim() ?? '').filter((p) => p !== '').join('\n');

export function callLogEntry(call: CallLog & { id: number }, customerName: string, lang: Lang, comment = ''): PackEntry {
  const party = [customerName, call.contact !== customerName ? call.contact : '', call.phone].filter((p) => p.trim() !== '').join(' ');
  return {
    kind: 'callLogs', recordId: call.id, at: call.at, enteredAt: call.createdAt, comment,
    subject: party,
    detail: lines(`${translate(lang, `call.topic.${call.topic}`)}:${call.content}`, call.result),
  };
}

export function serviceReportEntry(
  report: ServiceReport & { id: number },
  names: { customer: string; technicians: string[] },
  lang: Lang,
  comment = '',
): PackEntry {
  return {
    kind: 'serviceReports', recordId: report.id, at: report.createdAt, enteredAt: report.createdAt, comment,
    subject: lines(names.customer, names.technicians.join('、')),
    detail: lines(report.workDone, `${translate(lang, 'service.report.field.result')}:${translate(lang, `service.result.${report.result}`)}`, ...report.unresolvedProblems),
  };
}

export function serviceCardEntry(card: ServiceCard & { id: number }, names: { customer: string; product: string }, comment = ''): PackEntry {
  return {
    kind: 'serviceCards', recordId: card.id, at: card.createdAt, enteredAt: card.createdAt, comment,
    subject: lines(card.cardNo, names.customer),
    detail: lines([names.product, card.serialNo].filter((p) => p.trim() !== '').join(' '), card.content),
  };
}

export function outstandingEntry(item: OutstandingIssue & { id: number }, ownerName: string, lang: Lang, comment = ''): PackEntry {
  const status = translate(lang, `service.outstanding.status.${item.status}`);
  return {
    kind: 'outstandingIssues', recordId: item.id, at: item.createdAt, enteredAt: item.createdAt, comment,
    subject: lines(ownerName, `${translate(lang, 'service.outstanding.field.dueDate')}:${item.dueDate}`),
    detail: lines(item.description, `${status}${item.resolution ? `:${item.resolution}` : ''}`),
  };
}
