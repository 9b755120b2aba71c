import { dayRangeToMs } from '@shared/domain/local-date';
import type { Lang } from '@shared/i18n';
import type { DateRange } from '@shared/records/periods';
import { callLogEntry, outstandingEntry, serviceCardEntry, serviceReportEntry, type PackEntry } from '@shared/review/pack-entries';
import type { ReviewableKind } from '@shared/review/review';
import { listCallLogs } from './call-logs-repo';
import { getCustomersByIds } from './customers-repo';
import type { AppDB } from './db';
import { getProductsByIds } from './products-repo';

type Named = ReadonlyMap<number, { name: string }>;
const nameIn = (map: Named, id: number | undefined) => (id === undefined ? '' : (map.get(id)?.name ?? ''));

/** The latest review comment of each record reviewed since `fromMs` ('kind:id' → comment). */
async function latestComments(db: AppDB, fromMs: number): Promise<Map<string, string>> {
  // A record of the week can only be reviewed after it was written, so reviews from the week's start on cover it.
  const reviews = await db.reviews.where('at').aboveOrEqual(fromMs).sortBy('at');
  return new Map(reviews.map((r) => [`${r.kind}:${r.recordId}`, r.comment]));
}

/**
 * REV-1: the weekly review pack's data: the service reports, service cards and outstanding issues
 * written in the week (by createdAt) and the calls of the week (by time), names resolved, each with its
 * latest review comment ('' until reviewed). Feed it to reviewPackModel (shared/review/review-pack.ts).
 */
export async function reviewPackEntries(db: AppDB, week: DateRange, lang: Lang): Promise<PackEntry[]> {
  const { fromMs, toMsExclusive } = dayRangeToMs(week.from, week.to);
  const byCreated = { lower: fromMs, upper: toMsExclusive };
  const [calls, reports, cards, issues, staff, comments] = await Promise.all([
    listCallLogs(db, fromMs, toMsExclusive),
    db.serviceReports.where('createdAt').between(byCreated.lower, byCreated.upper, true, false).toArray(),
    db.serviceCards.where('createdAt').between(byCreated.lower, byCreated.upper, true, false).toArray(),
    db.outstandingIssues.where('createdAt').between(byCreated.lower, byCreated.upper, true, false).toArray(),
    db.staff.toArray(),
    latestComments(db, fromMs),
  ]);
  const customerIds = [...calls.map((c) => c.customerId), ...reports.map((r) => r.customerId), ...cards.map((c) => c.customerId)];
  const [customers, products] = await Promise.all([
    getCustomersByIds(db, customerIds.filter((id): id is number => id !== undefined)),
    getProductsByIds(db, cards.map((c) => c.productId)),
  ]);
  const staffNames = new Map(staff.flatMap((s) => (s.id === undefined ? [] : [[s.id, { name: s.name }] as const])));
  const comment = (kind: ReviewableKind, id: number) => comments.get(`${kind}:${id}`) ?? '';
  return [
    ...reports.map((r) =>
      serviceReportEntry(r, { customer: nameIn(customers, r.customerId), technicians: r.technicianIds.map((t) => nameIn(staffNames, t)) }, lang, comment('serviceReports', r.id)),
    ),
    ...cards.map((c) => serviceCardEntry(c, { customer: nameIn(customers, c.customerId), product: nameIn(products, c.productId) }, comment('serviceCards', c.id))),
    ...issues.map((i) => outstandingEntry(i, nameIn(staffNames, i.ownerId), lang, comment('outstandingIssues', i.id))),
    ...calls.flatMap((c) => (c.id === undefined ? [] : [callLogEntry({ ...c, id: c.id }, nameIn(customers, c.customerId), lang, comment('callLogs', c.id))])),
  ];
}
