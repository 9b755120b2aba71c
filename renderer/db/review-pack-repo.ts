import type { Lang } from '@shared/i18n';
import type { DateRange } from '@shared/records/periods';
import { callLogEntry, outstandingEntry, serviceCardEntry, serviceReportEntry, type PackEntry } from '@shared/review/pack-entries';
import type { ReviewableKind } from '@shared/review/review';
import { reviewWeekRange } from '@shared/review/review-week';
import { getCustomersByIds } from './customers-repo';
import type { AppDB } from './db';
import { getProductsByIds } from './products-repo';
import type { ReviewRecord } from './reviews-repo';

type Named = ReadonlyMap<number, { name: string }>;
const nameIn = (map: Named, id: number | undefined) => (id === undefined ? '' : (map.get(id)?.name ?? ''));

/** One record of a review week: still waiting for review or not, with its latest review comment. */
export type WeekRecord = ReviewRecord & {
  /** When it was entered: the rule that put it in the week (REV-1, shared/review/review-week.ts). */
  enteredAt: number;
  pending: boolean;
  /** The latest review comment ('' until reviewed). */
  comment: string;
};

/** The latest review comment of each record reviewed since `fromMs` ('kind:id' → comment). */
async function latestComments(db: AppDB, fromMs: number): Promise<Map<string, string>> {
  // A record of the week can only be reviewed after it was entered, so reviews from the week's start on cover it.
  const reviews = await db.reviews.where('at').aboveOrEqual(fromMs).sortBy('at');
  return new Map(reviews.map((r) => [`${r.kind}:${r.recordId}`, r.comment]));
}

async function recordsEnteredIn(db: AppDB, fromMs: number, toMsExclusive: number): Promise<ReviewRecord[]> {
  const range = [fromMs, toMsExclusive, true, false] as const;
  const [reports, cards, issues, calls] = await Promise.all([
    db.serviceReports.where('createdAt').between(...range).toArray(),
    db.serviceCards.where('createdAt').between(...range).toArray(),
    db.outstandingIssues.where('createdAt').between(...range).toArray(),
    // The createdAt index on calls came with schema version 10 for exactly this read.
    db.callLogs.where('createdAt').between(...range).toArray(),
  ]);
  return [
    ...reports.map((record): ReviewRecord => ({ kind: 'serviceReports', record })),
    ...cards.map((record): ReviewRecord => ({ kind: 'serviceCards', record })),
    ...issues.map((record): ReviewRecord => ({ kind: 'outstandingIssues', record })),
    ...calls.flatMap((c): ReviewRecord[] => (c.id === undefined ? [] : [{ kind: 'callLogs', record: { ...c, id: c.id } }])),
  ];
}

/**
 * REV-1: the records of a review week, by the one rule the review screen and the printed pack share
 * (entered in the week), in entry order, each marked pending (still in the review queue) or not, with
 * its latest review comment. Reads the week's range of each kind's createdAt index only.
 */
export async function reviewWeekRecords(db: AppDB, week: DateRange): Promise<WeekRecord[]> {
  const { fromMs, toMsExclusive } = reviewWeekRange(week);
  const [records, comments] = await Promise.all([recordsEnteredIn(db, fromMs, toMsExclusive), latestComments(db, fromMs)]);
  const keys = records.map((r): [ReviewableKind, number] => [r.kind, r.record.id]);
  const queued = await db.reviewQueue.bulkGet(keys);
  return records
    .map((r, i): WeekRecord => ({ ...r, enteredAt: r.record.createdAt, pending: queued[i] !== undefined, comment: comments.get(`${r.kind}:${r.record.id}`) ?? '' }))
    .sort((a, b) => a.enteredAt - b.enteredAt || a.record.id - b.record.id);
}

/**
 * REV-1: the weekly review pack's data: exactly the records `reviewWeekRecords` lists for the week (the
 * screen's set), names resolved. Feed it to reviewPackModel (shared/review/review-pack.ts).
 */
export async function reviewPackEntries(db: AppDB, week: DateRange, lang: Lang): Promise<PackEntry[]> {
  const rows = await reviewWeekRecords(db, week);
  const customerIds = rows.flatMap((r) => (r.kind !== 'outstandingIssues' && r.record.customerId !== undefined ? [r.record.customerId] : []));
  const productIds = rows.flatMap((r) => (r.kind === 'serviceCards' ? [r.record.productId] : []));
  const [customers, products, staff] = await Promise.all([getCustomersByIds(db, customerIds), getProductsByIds(db, productIds), db.staff.toArray()]);
  const staffNames = new Map(staff.flatMap((s) => (s.id === undefined ? [] : [[s.id, { name: s.name }] as const])));
  return rows.map((r): PackEntry => {
    switch (r.kind) {
      case 'serviceReports':
        return serviceReportEntry(r.record, { customer: nameIn(customers, r.record.customerId), technicians: r.record.technicianIds.map((t) => nameIn(staffNames, t)) }, lang, r.comment);
      case 'serviceCards':
        return serviceCardEntry(r.record, { customer: nameIn(customers, r.record.customerId), product: nameIn(products, r.record.productId) }, r.comment);
      case 'outstandingIssues':
        return outstandingEntry(r.record, nameIn(staffNames, r.record.ownerId), lang, r.comment);
      case 'callLogs':
        return callLogEntry(r.record, nameIn(customers, r.record.customerId), lang, r.comment);
    }
  });
}
