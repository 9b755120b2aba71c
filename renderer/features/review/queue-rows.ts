import type { Customer } from '@shared/domain/customer';
import type { Lang } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import { callLogEntry, outstandingEntry, serviceCardEntry, serviceReportEntry } from '@shared/review/pack-entries';
import { isReviewOverdue, type ReviewableKind } from '@shared/review/review';
import type { WeekRecord } from '../../db/review-pack-repo';
import type { ReviewQueueEntry, ReviewRecord } from '../../db/reviews-repo';

/** One line of the review queue as the grid shows it. */
export interface QueueRow {
  /** 'kind:recordId' */
  id: string;
  kind: ReviewableKind;
  recordId: number;
  createdAt: number;
  overdue: boolean;
  /** Still waiting for review (always in the queue; in a week's list, those not yet reviewed). */
  pending: boolean;
  /** The latest review comment ('' until reviewed). */
  comment: string;
  subject: string;
  detail: string;
}

export interface QueueLookups {
  customers: ReadonlyMap<number, Pick<Customer, 'name'>>;
  staff: ReadonlyMap<number, string>;
  products: ReadonlyMap<number, Pick<Product, 'name'>>;
}

export const rowId = (kind: ReviewableKind, recordId: number) => `${kind}:${recordId}`;

/** The customers the records refer to, for one batched look-up. */
export function customerIdsOf(entries: readonly { record?: ReviewRecord | undefined }[]): number[] {
  const ids = entries.flatMap((e) => {
    const r = e.record;
    if (!r || r.kind === 'outstandingIssues') return [];
    return r.record.customerId !== undefined ? [r.record.customerId] : [];
  });
  return [...new Set(ids)];
}

/** The same subject and summary lines the weekly pack prints (shared/review/pack-entries.ts). */
function summary(r: ReviewRecord, names: QueueLookups, lang: Lang): { subject: string; detail: string } {
  const customer = (id: number | undefined) => (id === undefined ? '' : (names.customers.get(id)?.name ?? ''));
  switch (r.kind) {
    case 'callLogs':
      return callLogEntry(r.record, customer(r.record.customerId), lang);
    case 'serviceReports':
      return serviceReportEntry(r.record, { customer: customer(r.record.customerId), technicians: r.record.technicianIds.map((id) => names.staff.get(id) ?? `#${id}`) }, lang);
    case 'serviceCards':
      return serviceCardEntry(r.record, { customer: customer(r.record.customerId), product: names.products.get(r.record.productId)?.name ?? '' });
    case 'outstandingIssues':
      return outstandingEntry(r.record, names.staff.get(r.record.ownerId) ?? '', lang);
  }
}

/** REV-1: the queue's entries (oldest first, overdue flagged) with their subject and summary. */
export function queueRows(entries: readonly ReviewQueueEntry[], names: QueueLookups, lang: Lang): QueueRow[] {
  return entries.map(({ item, overdue, record }) => {
    const text = record ? summary(record, names, lang) : { subject: '', detail: '' };
    return { id: rowId(item.kind, item.recordId), kind: item.kind, recordId: item.recordId, createdAt: item.createdAt, overdue, pending: true, comment: '', ...oneLine(text) };
  });
}

const oneLine = (text: { subject: string; detail: string }) => ({ subject: text.subject.replace(/\n/g, ' '), detail: text.detail.replace(/\n/g, ' ') });

/**
 * REV-1: a review week's records as the grid shows them: the same set, in the same (entry) order, as
 * the printed pack of that week; the pending ones selectable and flagged when overdue.
 */
export function weekRows(records: readonly WeekRecord[], names: QueueLookups, lang: Lang, now: number): QueueRow[] {
  return records.map((r) => ({
    id: rowId(r.kind, r.record.id), kind: r.kind, recordId: r.record.id, createdAt: r.enteredAt,
    overdue: r.pending && isReviewOverdue(r.enteredAt, now), pending: r.pending, comment: r.comment, ...oneLine(summary(r, names, lang)),
  }));
}

/** The grid's selection ('kind:id' strings) back to review targets. */
export function targetsOf(ids: Iterable<string>, rows: readonly QueueRow[]): { kind: ReviewableKind; recordId: number }[] {
  const wanted = new Set(ids);
  return rows.filter((r) => wanted.has(r.id)).map((r) => ({ kind: r.kind, recordId: r.recordId }));
}
