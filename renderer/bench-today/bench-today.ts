/**
 * The Today benchmark page (renderer/bench-today.html), driven by bench/today.mjs in headless
 * Chromium. It seeds the app's OWN database (same origin, same name), so the real app, loaded next in
 * the same browser, signs in and draws its board over ten years of records. Seeding uses bulk
 * loaders; the timings of the board's queries use the real today-repo.
 */
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { boardFor } from '@shared/today/board-items';
import { movementStamp, type Movement } from '@shared/stock/ledger';
import { monthOf } from '@shared/records/periods';
import { fakeCalls, fakeCustomers, seededRandom } from '../bench/fake-data';
import { serveBenchmarks, timed } from '../bench/harness';
import { fakeProducts } from '../bench-stock/fake-stock';
import { seedShipments } from '../bench-slips/fake-slips';
import { activeDbName } from '../db/active-db';
import { bulkAddChunked } from '../db/bulk-add';
import { bulkAddCallLogs } from '../db/call-logs-repo';
import { bulkAddCustomers } from '../db/customers-repo';
import { AppDB } from '../db/db';
import { hashPin } from '../db/pin-hash';
import { setSetting } from '../db/settings-repo';
import { addStaffHashed } from '../db/staff-repo';
import { bulkAddMovements, bulkAddProducts } from '../db/stock-bulk';
import { callsPerDay, outstandingWeekly, serviceByCategory, shipmentsPerDay, stockAlertsWeekly } from '../db/today-charts-repo';
import { loadMonthSummary } from '../db/today-month-repo';
import { itemQueries, hasItemQuery } from '../db/today-repo';
import { seedService } from './fake-service';

const day = 86_400_000;
const seedActor: Actor = { staffId: 0, name: 'bench', roles: ['supervisor'] };

export interface TodayPlan {
  customers: number;
  calls: number;
  shipments: number;
  products: number;
  days: number;
  requests: number;
  cards: number;
  outstanding: number;
  escalations: number;
  alerts: number;
  seed: number;
}

/** The staff the benchmark signs in as (PINs as in the demo data). */
export const benchStaff = [
  { name: '周主管', roles: ['supervisor'], pin: '123456' },
  { name: '王丽', roles: ['frontdesk'], pin: '1111' },
  { name: '李强', roles: ['warehouse'], pin: '2222' },
] as const;

async function tableCounts(db: AppDB): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  counts.total = Object.values(counts).reduce((a, b) => a + b, 0);
  return counts;
}

async function seedStaff(db: AppDB, now: number): Promise<void> {
  for (const s of benchStaff) await addStaffHashed(db, seedActor, { name: s.name, roles: [...s.roles], active: true }, await hashPin(s.pin), now);
  await setSetting(db, 'firstRunDone', true);
  await setSetting(db, 'lastBackupAt', now - 2 * 3_600_000);
}

/** One receipt a day for ten years, every day settled but the last two (WH-1 has something to say). */
async function seedStockDays(db: AppDB, productIds: number[], p: TodayPlan, now: number): Promise<void> {
  const movements: Movement[] = [];
  const settled = [];
  for (let age = p.days; age >= 1; age--) {
    const at = now - age * day;
    const d = toIsoDate(at);
    movements.push({ ...movementStamp({ staffId: 1, name: '李强' }, `RK${d.replaceAll('-', '')}-001`, at, d), kind: 'receive', lines: productIds.slice(age % 50, (age % 50) + 5).map((productId) => ({ productId, qty: 20 })) });
    if (age > 2) settled.push({ day: d, status: 'settled' as const, settlementId: age, settledAt: at + 8 * 3_600_000, settledByName: '李强' });
  }
  await bulkAddMovements(db, movements);
  await bulkAddChunked(db, db.stockDays, settled, 5000);
}

/** REV-1: the last ten days' calls wait for review; the month before was reviewed (for the month summary). */
async function seedCallReviews(db: AppDB, now: number): Promise<void> {
  const recent = await db.callLogs.where('at').aboveOrEqual(now - 40 * day).toArray();
  const queue = recent.filter((c) => c.at >= now - 10 * day).map((c) => ({ kind: 'callLogs' as const, recordId: c.id ?? 0, createdAt: c.at }));
  const reviews = recent.filter((c) => c.at < now - 10 * day).map((c) => ({ kind: 'callLogs' as const, recordId: c.id ?? 0, reviewerId: 1, reviewerName: '周主管', at: c.at + 3 * day, comment: '' }));
  await bulkAddChunked(db, db.reviewQueue, queue, 5000);
  await bulkAddChunked(db, db.reviews, reviews, 5000);
}

async function seedCalls(db: AppDB, p: TodayPlan, known: { id: number; name: string; phone: string }[], now: number, rand: () => number): Promise<void> {
  const slices = 8;
  const sliceDays = Math.floor(p.days / slices);
  for (let s = 0; s < slices; s++) {
    const n = Math.floor(p.calls / slices) + (s === slices - 1 ? p.calls % slices : 0);
    await bulkAddCallLogs(db, fakeCalls(n, known, now - (slices - 1 - s) * sliceDays * day, sliceDays, rand));
  }
}

/** Replaces the app's database with the plan's ten years (≈ 1M rows); returns the row counts. */
async function seed(p: TodayPlan & { now?: number }) {
  const now = p.now ?? Date.now();
  const started = performance.now();
  const old = new AppDB(activeDbName());
  await old.delete();
  const db = new AppDB(activeDbName());
  const rand = seededRandom(p.seed);
  await seedStaff(db, now);
  const customerIds = await bulkAddCustomers(db, fakeCustomers(p.customers, rand));
  const customers = await db.customers.bulkGet(customerIds.slice(0, 20_000));
  const known = customers.flatMap((c) => (c?.id !== undefined && c.phones[0] ? [{ id: c.id, name: c.name, phone: c.phones[0] }] : []));
  await seedCalls(db, p, known, now, rand);
  await seedCallReviews(db, now);
  const productIds = await bulkAddProducts(db, fakeProducts(p.products, rand), now);
  await seedStockDays(db, productIds, p, now);
  await seedShipments(db, { count: p.shipments, perDay: Math.ceil(p.shipments / p.days), productIds, customerIds, now }, rand);
  await seedService(db, { now, days: p.days, requests: p.requests, cards: p.cards, outstanding: p.outstanding, escalations: p.escalations, alerts: p.alerts, productIds, customerIds }, rand);
  const counts = await tableCounts(db);
  db.close();
  return { counts, seedMs: performance.now() - started };
}

async function counts() {
  const db = new AppDB(activeDbName());
  try {
    return await tableCounts(db);
  } finally {
    db.close();
  }
}

/** How long `f` took (ms). */
const took = async (f: () => Promise<unknown>): Promise<number> => (await timed(f))[1];

/** Each board query alone (no UI), per role: where the time goes. Run twice: the second is warm. */
async function queries(p: { roles: Actor['roles'] }) {
  const db = new AppDB(activeDbName());
  const now = Date.now();
  const ctx = { now, today: toIsoDate(now) };
  const ids = boardFor(p.roles, hasItemQuery).flatMap((s) => s.items.map((i) => i.id));
  const out: Record<string, number> = {};
  try {
    // Each alone (where the time goes), then all at once as the board runs them.
    for (const id of ids) {
      const q = itemQueries[id];
      if (q) out[id] = await took(() => q(db, ctx));
    }
    out['(all items, in parallel)'] = await took(() => Promise.all(ids.map((id) => itemQueries[id]?.(db, ctx))));
    out['chart: calls per day'] = await took(() => callsPerDay(db, ctx.today));
    out['chart: shipments per day'] = await took(() => shipmentsPerDay(db, ctx.today));
    out['chart: service by category'] = await took(() => serviceByCategory(db, ctx.today));
    out['chart: outstanding weekly'] = await took(() => outstandingWeekly(db, ctx.today));
    out['chart: stock alerts weekly'] = await took(() => stockAlertsWeekly(db, ctx.today));
    out['month summary'] = await took(() => loadMonthSummary(db, monthOf(ctx.today), now));
    return out;
  } finally {
    db.close();
  }
}

serveBenchmarks({ seed, counts, queries });
