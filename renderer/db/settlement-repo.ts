import { assertValid, ValidationError } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { partsReleaseDocument } from '@shared/service/parts-release';
import { exchangeDocumentsOn, receiptDocument, returnDocument, scrapDocument, stockTakeDocument } from '@shared/stock/settlement-documents';
import {
  settleDay as settleDayRule,
  validateSettlement,
  type DaySettlementResult,
  type SettledDay,
  type SettlementDocument,
} from '@shared/stock/settlement';
import { canSettleDay, defaultOverdueAt, defaultSettlementTime, overdueUnsettledDays, validateReopen } from '@shared/stock/settlement-time';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { getSetting } from './settings-repo';
import { slipSettlementDocuments } from './slip-settlement';
import { checkApproval } from './sign-in';
import { exchangeShippingListDocumentsOn } from '@shared/shipping/list-document';
import type { DayState, StoredMovement } from './stock-rows';

type Saved<T> = T & { id: number };
const withId = <T extends { id?: number }>(rows: T[]): Saved<T>[] => rows.flatMap((r) => (r.id === undefined ? [] : [{ ...r, id: r.id }]));

/** The setting that moves the settlement time (WH-1: 18:00 by default). */
export const settlementTimeKey = 'settlementTime';

/**
 * Where the paper of a day comes from (WH-1): each source gives the papers of its record type for the
 * day; the rules that match them to the movements are in shared/stock/reconcile-rules.ts. A record
 * type that starts moving goods adds its source here and its rule there.
 */
export type SettlementSource = (db: AppDB, day: string, movements: readonly StoredMovement[]) => Promise<SettlementDocument[]>;

const refIds = (movements: readonly StoredMovement[], type: string) => [...new Set(movements.filter((m) => m.ref?.type === type).map((m) => m.ref?.id ?? 0))];

export const settlementSources: SettlementSource[] = [
  async (db, day) => withId(await db.receipts.where('day').equals(day).toArray()).map(receiptDocument),
  async (db, day) => withId(await db.returns.where('day').equals(day).toArray()).map(returnDocument),
  // An exchange's papers on the exchange's day, and — sent by courier (EXC-2) — its outbound paper on
  // the day its parcel was posted, found through that day's movements.
  async (db, day, movements) => (await exchangesOf(db, day, movements)).flatMap((ex) => exchangeDocumentsOn(ex, day)),
  // A stock take counts on the day its adjustment was posted: found through that day's movements.
  async (db, _day, movements) => withId((await db.stockTakes.bulkGet(refIds(movements, 'stockTake'))).flatMap((t) => (t ? [t] : []))).map(stockTakeDocument),
  async (db, day) => withId(await db.scraps.where('day').equals(day).toArray()).map(scrapDocument),
  // SVC-3: a service report's parts leave on the day the keeper confirms their release: found through
  // that day's movements (the release has no day of its own), the releases of those reports.
  async (db, _day, movements) => {
    const releases = await db.partsReleases.where('reportId').anyOf(refIds(movements, 'serviceReport')).toArray();
    const todaysDocNos = new Set(movements.map((m) => m.docNo));
    return releases.flatMap((r) => {
      const doc = partsReleaseDocument(r);
      return doc && todaysDocNos.has(doc.docNo) ? [doc] : [];
    });
  },
  // Purchase slips released that day and their shipping lists.
  slipSettlementDocuments,
  // A courier exchange's shipping list (发货明细表, EXC-2 through OUT-2): matched against the outbound
  // movement of the day it left; a courier exchange without one is listed as 换货快递发出但没有发货明细表.
  async (db, day, movements) => {
    const exchanges = await exchangesOf(db, day, movements);
    const lists = await db.shippingLists.where('exchangeId').anyOf(exchanges.map((ex) => ex.id)).toArray();
    return exchangeShippingListDocumentsOn(exchanges, lists, day);
  },
];

/** The exchanges recorded on the day and those the day's movements refer to (a courier parcel posted later). */
async function exchangesOf(db: AppDB, day: string, movements: readonly StoredMovement[]) {
  const ofDay = withId(await db.exchanges.where('day').equals(day).toArray());
  const known = new Set(ofDay.map((ex) => ex.id));
  const later = withId((await db.exchanges.bulkGet(refIds(movements, 'exchange').filter((id) => !known.has(id)))).flatMap((ex) => (ex ? [ex] : [])));
  return [...ofDay, ...later];
}

/** The tables a settlement reads; settle and reopen add their own. */
function readTables(db: AppDB) {
  return [db.movements, db.receipts, db.returns, db.exchanges, db.stockTakes, db.scraps, db.partsReleases, db.purchaseSlips, db.shippingLists];
}

async function summarize(db: AppDB, day: string): Promise<DaySettlementResult> {
  const movements = await db.movements.where('day').equals(day).toArray();
  const documents = (await Promise.all(settlementSources.map((source) => source(db, day, movements)))).flat();
  // A document that says nothing moved (a delivery counted 0, a count that matched) has nothing to match.
  return settleDayRule(day, movements, documents.filter((d) => d.lines.length > 0));
}

/** WH-1: the day's inbound and outbound per product, and every difference between ledger and paper. */
export function daySummary(db: AppDB, day: string): Promise<DaySettlementResult> {
  return db.transaction('r', readTables(db), async () => summarize(db, day));
}

function snapshot({ id: _id, ...fields }: SettledDay): Record<string, unknown> {
  return fields;
}

/**
 * WH-1: settles a day (from the settlement time on; a past day any time), with an explanation for
 * every difference, and locks it: no movement may be dated into it until a supervisor reopens it.
 * The settlement report is saved as it was when settled.
 */
export async function settleDay(
  db: AppDB,
  actor: Actor,
  day: string,
  explanations: Readonly<Record<string, string>>,
  now = Date.now(),
  settlementTime?: string,
): Promise<Saved<SettledDay>> {
  assertCan(actor.roles, 'settlement.settle');
  const time = settlementTime ?? (await getSetting(db, settlementTimeKey, defaultSettlementTime));
  if (!canSettleDay(day, now, time)) throw new ValidationError([{ path: 'day', message: 'stock.settlement.notOpenYet' }]);
  return db.transaction('rw', [...readTables(db), db.settlements, db.stockDays, db.auditLog], async () => {
    if ((await db.stockDays.get(day))?.status === 'settled') {
      throw new ValidationError([{ path: 'day', message: 'stockRecord.settlement.alreadySettled' }]);
    }
    const result = await summarize(db, day);
    assertValid(validateSettlement(result, explanations));
    const kept = Object.fromEntries(result.differences.map((d) => [d.key, (explanations[d.key] ?? '').trim()]));
    const row: SettledDay = { ...result, settledAt: now, settledById: actor.staffId, settledByName: actor.name, explanations: kept };
    const id = addedKey(await db.settlements.add(row));
    await db.stockDays.put({ day, status: 'settled', settlementId: id, settledAt: now, settledByName: actor.name });
    await auditChange(db, actor, { action: 'create', table: 'settlements', recordId: id, after: snapshot(row), at: now, note: day });
    return { ...row, id };
  });
}

/**
 * WH-1: the supervisor reopens a settled day for a correction (approval re-checked, reason kept,
 * audited). The day takes movements again until it is settled again, which saves a new report.
 */
export async function reopenDay(db: AppDB, actor: Actor, day: string, reason: string, approval: Approval, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'settlement.settle');
  await db.transaction('rw', [db.stockDays, db.dayReopens, db.staff, db.auditLog], async () => {
    const state = await db.stockDays.get(day);
    const settled = new Set(state?.status === 'settled' ? [day] : []);
    assertValid(validateReopen({ day, at: now, reason, approval }, settled));
    await checkApproval(db, approval, now);
    const id = addedKey(await db.dayReopens.add({ day, at: now, reason: reason.trim(), approval, byId: actor.staffId, byName: actor.name }));
    if (state) await db.stockDays.put({ ...state, status: 'reopened', reopenedAt: now, reopenedByName: actor.name });
    await auditChange(db, actor, {
      action: 'update', table: 'stockDays', recordId: day, before: { status: 'settled' }, after: { status: 'reopened', reopenId: id, approval }, at: now, note: reason.trim(),
    });
  });
}

/** The latest settlement report of a day (a reopened day settled again has a newer one). */
export async function getSettlement(db: AppDB, day: string): Promise<Saved<SettledDay> | undefined> {
  const rows = withId(await db.settlements.where('day').equals(day).sortBy('id'));
  return rows.at(-1);
}

/** Every day that was settled, with whether it is locked now, newest first. */
export async function settledDays(db: AppDB): Promise<DayState[]> {
  return (await db.stockDays.toArray()).sort((a, b) => b.day.localeCompare(a.day));
}

/** WH-1: true while the day is locked (settled and not reopened). */
export async function isDaySettled(db: AppDB, day: string): Promise<boolean> {
  return (await db.stockDays.get(day))?.status === 'settled';
}

/** WH-1: days that had movements and were still not settled by the next morning, oldest first. */
export async function overdueDays(db: AppDB, now = Date.now(), overdueAt: string = defaultOverdueAt): Promise<string[]> {
  const [days, states] = await Promise.all([db.movements.orderBy('day').uniqueKeys(), db.stockDays.toArray()]);
  const settled = new Set(states.filter((s) => s.status === 'settled').map((s) => s.day));
  return overdueUnsettledDays(now, settled, days.map(String), overdueAt);
}
