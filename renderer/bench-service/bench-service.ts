/**
 * The service-records benchmark page (renderer/bench-service.html), driven by bench/service.mjs in
 * headless Chromium on real IndexedDB: 400k call logs and 100k service cards, all waiting for review;
 * the review queue, and Excel exports of a month and of a year through the real worker.
 */
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { monthOf, addDays, type DateRange } from '@shared/records/periods';
import type { ExportableKind } from '@shared/records/export-schedule';
import type { ServiceCard } from '@shared/service/card';
import { bulkAddCallLogs } from '../db/call-logs-repo';
import { bulkAddCustomers, getCustomersByIds } from '../db/customers-repo';
import { hashPin } from '../db/pin-hash';
import { bulkEnqueueReviews, listReviewQueue } from '../db/reviews-repo';
import { bulkAddServiceCards } from '../db/service-cards-repo';
import { addStaffHashed } from '../db/staff-repo';
import { bulkAddProducts } from '../db/stock-bulk';
import { benchDatabase, byteCounter, collectGarbage, heapMb, serveBenchmarks } from '../bench/harness';
import { startMonitor } from '../bench/monitor';
import { fakeCalls, fakeCustomers, pick, seededRandom } from '../bench/fake-data';
import { fakeProducts } from '../bench-stock/fake-stock';
import type { ExportProgress } from '../export/progress';
import { runExport } from '../export/run-export';

const actor: Actor = { staffId: 1, name: '周主管', roles: ['supervisor'] };
const dayMs = 86_400_000;
let endMs = 0;

const { fresh, open, drop } = benchDatabase('bench-service');

interface SeedParams {
  customers: number;
  calls: number;
  cards: number;
  years: number;
  seed: number;
}

const cardContents = ['更换滤芯', '清洗水箱,检测水质', '更换加热管', '上门保养,检查管路', '更换电源板', '调试温控器'];

function fakeCards(count: number, customerIds: readonly number[], productIds: readonly number[], staffIds: readonly number[], years: number, rand: () => number): ServiceCard[] {
  const start = endMs - years * 365 * dayMs;
  return Array.from({ length: count }, (_, i) => {
    const at = start + Math.floor((i / count) * years * 365 * dayMs) + Math.floor(rand() * 8 * 3600_000);
    const serviceDate = toIsoDate(at);
    return {
      cardNo: `FK${serviceDate.replaceAll('-', '')}-${String(i).padStart(6, '0')}`, customerId: pick(rand, customerIds), productId: pick(rand, productIds),
      serialNo: `SN${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`, serviceDate, content: pick(rand, cardContents), technicianId: pick(rand, staffIds),
      nextServiceDate: addDays(serviceDate, 180), createdAt: at,
    };
  });
}

/** A fresh database: customers, products, staff, `calls` calls and `cards` cards over `years` years, all in the review queue. */
async function seed(p: SeedParams) {
  await fresh();
  endMs = new Date(new Date().getFullYear(), new Date().getMonth(), 1).getTime() - 1; // end of last month
  const rand = seededRandom(p.seed);
  const t0 = performance.now();
  const customerIds = await bulkAddCustomers(open(), fakeCustomers(p.customers, rand));
  const customers = await getCustomersByIds(open(), customerIds);
  const known = [...customers].flatMap(([id, c]) => (c.phones[0] ? [{ id, name: c.name, phone: c.phones[0] }] : []));
  const productIds = await bulkAddProducts(open(), fakeProducts(200, rand));
  const pin = await hashPin('1234');
  const staffIds: number[] = [];
  for (const name of ['李师傅', '赵师傅', '王师傅', '陈师傅', '刘师傅']) staffIds.push(await addStaffHashed(open(), actor, { name, roles: ['frontdesk'], active: true }, pin, endMs));
  // Calls in yearly batches (the page never holds all 400k inputs at once), each queued for review at its time.
  const perYear = Math.round(p.calls / p.years);
  for (let y = p.years - 1; y >= 0; y--) {
    const calls = fakeCalls(perYear, known, endMs - y * 365 * dayMs, 365, rand);
    const ids = await bulkAddCallLogs(open(), calls, 10_000);
    await bulkEnqueueReviews(open(), ids.map((recordId, i) => ({ kind: 'callLogs' as const, recordId, createdAt: calls[i]?.at ?? endMs })));
  }
  const cards = fakeCards(p.cards, customerIds, productIds, staffIds, p.years, rand);
  const cardIds = await bulkAddServiceCards(open(), cards, 10_000);
  await bulkEnqueueReviews(open(), cardIds.map((recordId, i) => ({ kind: 'serviceCards' as const, recordId, createdAt: cards[i]?.createdAt ?? endMs })));
  return { calls: await open().callLogs.count(), cards: await open().serviceCards.count(), queue: await open().reviewQueue.count(), seedMs: performance.now() - t0 };
}

/** The supervisor's review queue: oldest 200 with records, total and overdue counts. */
async function reviewQueue(p: { repeats: number; kinds?: ExportableKind[] }) {
  const times: number[] = [];
  let last = { total: 0, overdue: 0, entries: 0 };
  for (let i = 0; i < p.repeats; i++) {
    const t0 = performance.now();
    const kinds = p.kinds?.filter((k) => k === 'callLogs' || k === 'serviceCards');
    const page = await listReviewQueue(open(), { limit: 200, now: endMs, ...(kinds ? { kinds } : {}) });
    times.push(performance.now() - t0);
    last = { total: page.total, overdue: page.overdue, entries: page.entries.filter((e) => e.record).length };
  }
  return { times, ...last };
}

/** Where the queue's time goes: the oldest page, the counts, and the records of the page. */
async function queueParts(p: { repeats: number }) {
  const d = open();
  const cutoff = endMs - 7 * dayMs;
  const parts: Record<string, number[]> = { page: [], total: [], overdueBelow: [], recentAbove: [] };
  const time = async (name: string, f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    parts[name]?.push(performance.now() - t0);
  };
  for (let i = 0; i < p.repeats; i++) {
    await time('page', () => d.reviewQueue.orderBy('createdAt').limit(200).toArray());
    await time('total', () => d.reviewQueue.count());
    await time('overdueBelow', () => d.reviewQueue.where('createdAt').below(cutoff).count());
    await time('recentAbove', () => d.reviewQueue.where('createdAt').aboveOrEqual(cutoff).count());
  }
  return parts;
}

/** One Excel export through the worker; the write only counts bytes. */
async function exportRange(p: { kinds: ExportableKind[]; range: 'lastMonth' | 'lastYear' }) {
  const lastDay = toIsoDate(endMs);
  const range: DateRange = p.range === 'lastMonth' ? monthOf(lastDay) : { from: addDays(lastDay, -364), to: lastDay };
  const { platform, bytes } = byteCounter();
  const phases: Partial<Record<ExportProgress['phase'], number>> = {};
  const t0 = performance.now();
  const monitor = startMonitor();
  const result = await runExport({ db: open(), actor, platform, kinds: p.kinds, range, lang: 'zh-CN', onProgress: (e) => (phases[e.phase] ??= performance.now() - t0) });
  const ms = performance.now() - t0;
  const { maxGapMs, peakHeapBytes } = monitor.stop();
  if (result.status !== 'written') throw new Error(`export ${result.status}`);
  return { ms, range, rows: result.counts.reduce((n, c) => n + c.count, 0), counts: result.counts, bytes: bytes(), phases, maxGapMs, peakHeapMb: heapMb(peakHeapBytes) };
}

serveBenchmarks({
  seed,
  reviewQueue,
  queueParts,
  exportRange,
  gc: collectGarbage,
  cleanup: drop,
});
