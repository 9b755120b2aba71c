/**
 * The Today board's queries, in one place. Each reads an index range or a count, never a whole
 * 10-year table: the board must be drawn within 300 ms on a 1M-row database. The due rules are pure
 * (shared/today, shared/shipping, shared/review, …); these only fetch what they need.
 */
import Dexie, { type Collection } from 'dexie';
import type { BoardItemId } from '@shared/today/board-items';
import { followUpWindow, latestContacts, openFollowUps, isFollowUpOverdue, type FollowUpCall } from '@shared/today/follow-ups';
import { isAwaitingVarianceApproval, isStillCounting } from '@shared/today/stock-take-approval';
import { isAwaitingSecondCount, isAwaitingSignOff, isToPick, preReleaseStatuses } from '@shared/today/slip-queues';
import { outstandingDueCounts, isVisitToday } from '@shared/today/service-queues';
import { oneYearRemovalCutoff } from '@shared/today/removal';
import { defaultSettlementTime, overdueUnsettledDays } from '@shared/stock/settlement-time';
import { addDays } from '@shared/records/periods';
import { chaseCutoff, chaseQueue, isDueForCallback } from '@shared/shipping/follow-up';
import type { ShipmentStatus } from '@shared/shipping/shipment';
import { reviewOverdueMs } from '@shared/review/review';
import { needsImmediateBanner } from '@shared/service/complaint';
import { countWaiting } from './approval-requests-repo';
import { lastBackupInfo } from './backup/backup';
import type { AppDB } from './db';
import { supervisorComplaintQueue } from './escalations-repo';
import { listDuePeriods } from './export-schedule-repo';
import { countWaitingPartsReleases } from './parts-releases-repo';
import { getProductsByIds } from './products-repo';
import { getSetting } from './settings-repo';
import { isDaySettled, settlementTimeKey } from './settlement-repo';
import { shipmentsNeedingOutstandingIssue } from './shipments-repo';
import { lowStock } from './stock-repo';

export interface TodayContext {
  now: number;
  /** Local 'YYYY-MM-DD' of `now`. */
  today: string;
}

/** What a card shows: a count (with an optional split), or the two cards that are states. */
export type ItemValue =
  | { kind: 'count'; count: number; overdue?: number; oldestDay?: string; major?: number; onlyId?: number; atLeast?: boolean }
  | { kind: 'settlement'; settled: boolean; time: string }
  | { kind: 'backup'; lastAt: number | null };

export type ItemQuery = (db: AppDB, ctx: TodayContext) => Promise<ItemValue>;

const count = (n: number, extra: Omit<Extract<ItemValue, { kind: 'count' }>, 'kind' | 'count'> = {}): ItemValue => ({ kind: 'count', count: n, ...extra });

/** A count of stored records, naming the record when it is the only one (the card then opens it). */
function records(rows: readonly { id?: number }[]): ItemValue {
  const only = rows.length === 1 ? rows[0]?.id : undefined;
  return count(rows.length, only !== undefined ? { onlyId: only } : {});
}

/**
 * A count that stops at `cap` (the card then shows "100+"): a ten-year table nobody has cleaned up
 * would otherwise be counted entry by entry on every sign-in.
 */
export const countCap = 100;

async function cappedCount<T, K>(range: Collection<T, K>): Promise<ItemValue> {
  // limit().count() would count the whole range and then cap it; the keys stop at the cap.
  const n = (await range.limit(countCap).primaryKeys()).length;
  return count(n, n >= countCap ? { atLeast: true } : {});
}

/** Candidates older than this are checked one by one, so the range read of later calls stays short. */
const rangeReadDays = 60;
/** Up to this many candidates, each is checked through its own index (a few small reads beat one big range). */
const perCandidateLimit = 40;
const dayMs = 86_400_000;

/** The calls after `c` that could close it, through the customer's or the phone's index. */
function laterCallsOf(db: AppDB, c: FollowUpCall): Promise<FollowUpCall[]> {
  if (c.customerId !== undefined) {
    return db.callLogs.where('[customerId+at]').between([c.customerId, c.at], [c.customerId, Dexie.maxKey], false, true).toArray();
  }
  if (c.phone === '') return Promise.resolve([]);
  return db.callLogs.where('phone').equals(c.phone).filter((l) => l.at > c.at).toArray();
}

/**
 * Follow-ups due today or overdue and not yet done (shared/today/follow-ups.ts). Reads the
 * follow-up-date index over the lookback window, then the calls logged since the earliest recent
 * candidate in one range (an old call given a far follow-up date is checked through its own index).
 */
export async function followUpsDue(db: AppDB, today: string, now: number): Promise<FollowUpCall[]> {
  const { from, to } = followUpWindow(today);
  const candidates = await db.callLogs.where('followUpDate').between(from, to, true, true).toArray();
  if (candidates.length === 0) return [];
  const cutoff = candidates.length <= perCandidateLimit ? Infinity : now - rangeReadDays * dayMs;
  const recent = candidates.filter((c) => c.at >= cutoff);
  const old = candidates.filter((c) => c.at < cutoff);
  const since = recent.length > 0 ? Math.min(...recent.map((c) => c.at)) : now;
  const later = [
    ...(recent.length > 0 ? await db.callLogs.where('at').above(since).toArray() : []),
    ...(await Promise.all(old.map((c) => laterCallsOf(db, c)))).flat(),
  ];
  return openFollowUps(candidates, latestContacts(later), today);
}

async function followUpsItem(db: AppDB, { today, now }: TodayContext): Promise<ItemValue> {
  const open = await followUpsDue(db, today, now);
  return count(open.length, { overdue: open.filter((c) => isFollowUpOverdue(c, today)).length });
}

async function settlementItem(db: AppDB, { today }: TodayContext): Promise<ItemValue> {
  const [settled, time] = await Promise.all([isDaySettled(db, today), getSetting(db, settlementTimeKey, defaultSettlementTime)]);
  return { kind: 'settlement', settled, time };
}

/**
 * WH-1 on the board looks back this far: a day left unsettled for longer has long been on the
 * settlement tab's own overdue list (overdueDays reads every day of ten years, a cursor step per day).
 */
export const unsettledLookbackDays = 92;

/** WH-1: days of the lookback with movements and still unsettled at 08:00 the next morning. */
async function unsettledDaysItem(db: AppDB, { now, today }: TodayContext): Promise<ItemValue> {
  const from = addDays(today, -unsettledLookbackDays);
  const [days, states] = await Promise.all([
    db.movements.where('day').between(from, today, true, false).uniqueKeys(),
    db.stockDays.where('day').between(from, today, true, false).toArray(),
  ]);
  const settled = new Set(states.filter((d) => d.status === 'settled').map((d) => d.day));
  const overdue = overdueUnsettledDays(now, settled, days.filter((d) => typeof d === 'string'));
  return count(overdue.length, overdue[0] !== undefined ? { oldestDay: overdue[0] } : {});
}

async function openDiscrepancyCount(db: AppDB): Promise<ItemValue> {
  return count(await db.discrepancies.where('status').equals('open').count());
}

/** Stock takes not yet posted (a handful at most), split by the board's two stock-take items. */
function countingTakes(db: AppDB) {
  return db.stockTakes.where('status').equals('counting').toArray();
}

/** Undelivered statuses: the SHP-4 queue is one [status+shippedAt] range per status, below the cutoff. */
const onTheRoad: readonly ShipmentStatus[] = ['shipped', 'inTransit', 'chasing', 'exception'];

async function chaseItem(db: AppDB, { now }: TodayContext): Promise<ItemValue> {
  const cutoff = chaseCutoff(now);
  const ranges = await Promise.all(
    onTheRoad.map((st) => db.shipments.where('[status+shippedAt]').between([st, Dexie.minKey], [st, cutoff], true, false).toArray()),
  );
  return count(chaseQueue(ranges.flat(), now).length);
}

async function callbacksItem(db: AppDB): Promise<ItemValue> {
  const signed = db.shipments.where('[status+signedAt]').between(['signed', Dexie.minKey], ['signed', Dexie.maxKey]);
  return count(await signed.filter(isDueForCallback).count());
}

/** Open shipping slips in the warehouse's hands (listed or being picked): a few at any time. */
function slipsBeingPicked(db: AppDB) {
  return db.purchaseSlips.where('[delivery+status]').anyOf([['ship', 'listed'], ['ship', 'picking']]).toArray();
}

async function signOffItem(db: AppDB): Promise<ItemValue> {
  const open = await db.purchaseSlips.where('status').anyOf([...preReleaseStatuses]).filter((s) => s.voided === undefined).toArray();
  const products = await getProductsByIds(db, open.flatMap((s) => s.lines.map((l) => l.productId)));
  return records(open.filter((s) => isAwaitingSignOff(s, products)));
}

async function outstandingItem(db: AppDB, { today }: TodayContext): Promise<ItemValue> {
  const open = await db.outstandingIssues.where('status').anyOf(['open', 'inProgress']).toArray();
  const { due, overdue } = outstandingDueCounts(open, today);
  return count(due, { overdue });
}

async function complaintsItem(db: AppDB): Promise<ItemValue> {
  const queue = await supervisorComplaintQueue(db);
  return count(queue.length, { major: queue.filter(needsImmediateBanner).length });
}

const statusCount = (status: 'registered' | 'analysed'): ItemQuery => async (db) => count(await db.serviceRequests.where('status').equals(status).count());

/** The items whose records exist; the board leaves out the others (no fake counts). */
export const itemQueries: Partial<Record<BoardItemId, ItemQuery>> = {
  followUps: followUpsItem,
  chase: chaseItem,
  callbacks: callbacksItem,
  awaitingAnalysis: statusCount('registered'),
  awaitingDispatch: statusCount('analysed'),
  dispatchesToday: async (db, { today }) => count(await db.serviceRequests.where('plannedDay').equals(today).filter((r) => isVisitToday(r, today)).count()),
  outstandingDue: outstandingItem,
  issuesToRegister: async (db) => count((await shipmentsNeedingOutstandingIssue(db)).length),
  backup: async (db) => ({ kind: 'backup', lastAt: (await lastBackupInfo(db)).at }),
  settlementToday: settlementItem,
  unsettledDays: unsettledDaysItem,
  lowStock: async (db) => count((await lowStock(db)).length),
  discrepancies: openDiscrepancyCount,
  pickingToday: async (db) => records((await slipsBeingPicked(db)).filter(isToPick)),
  awaitingSecondCount: async (db) => records((await slipsBeingPicked(db)).filter(isAwaitingSecondCount)),
  openStockTakes: async (db) => count((await countingTakes(db)).filter(isStillCounting).length),
  partsReleases: async (db) => count(await countWaitingPartsReleases(db)),
  releasesAwaitingSignOff: signOffItem,
  // SVC-2 / WH-1: requests asked while the supervisor was away, waiting for the decision.
  dispatchChanges: async (db) => count(await countWaiting(db, 'dispatchChange')),
  reopenRequests: async (db) => count(await countWaiting(db, 'dayReopen')),
  variancesAwaitingApproval: async (db) => count((await countingTakes(db)).filter(isAwaitingVarianceApproval).length),
  discrepancyApprovals: openDiscrepancyCount,
  seriousComplaints: complaintsItem,
  // REV-1: overdue strictly after 7 × 24 h, so below (not at) the cutoff.
  reviewOverdue: async (db, { now }) => cappedCount(db.reviewQueue.where('createdAt').below(now - reviewOverdueMs)),
  exportsDue: async (db, { now }) => {
    const due = await listDuePeriods(db, now);
    return count(due.length, due[0] !== undefined ? { oldestDay: due[0].from } : {});
  },
  removalDue: async (db, { today }) => cappedCount(db.serviceCards.where('createdAt').below(oneYearRemovalCutoff(today))),
};

export function hasItemQuery(id: BoardItemId): boolean {
  return itemQueries[id] !== undefined;
}

/** Every visible item's value at once (tests, the benchmark): the same queries the cards run. */
export async function boardValues(db: AppDB, ids: readonly BoardItemId[], ctx: TodayContext): Promise<Partial<Record<BoardItemId, ItemValue>>> {
  const entries = await Promise.all(
    ids.flatMap((id) => {
      const q = itemQueries[id];
      return q ? [q(db, ctx).then((v) => [id, v] as const)] : [];
    }),
  );
  return Object.fromEntries(entries);
}
