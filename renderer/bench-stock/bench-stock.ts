/**
 * The stock benchmark page (renderer/bench-stock.html), driven by bench/stock.mjs in headless
 * Chromium on real IndexedDB. It calls the real repositories; only the seeding uses the bench loaders.
 */
import * as XLSX from 'xlsx';
import type { Actor } from '@shared/auth/roles';
import { bulkAddCustomers, searchCustomers } from '../db/customers-repo';
import { commitImport, previewImport } from '../db/import-repo';
import { readImportBytes } from '../db/import-file';
import { daySummary, settleDay } from '../db/settlement-repo';
import { bulkAddMovements, bulkAddProducts, bulkAddReceipts, bulkAddReturns } from '../db/stock-bulk';
import { stockOnHand } from '../db/stock-repo';
import { seededRandom } from '../bench/fake-data';
import { benchDatabase, serveBenchmarks, timed } from '../bench/harness';
import { startMonitor } from '../bench/monitor';
import { fakeCustomers, fakeLedger, fakeProducts, ledgerMovements } from './fake-stock';

const actor: Actor = { staffId: 1, name: 'bench', roles: ['supervisor'] };
let productIds: number[] = [];
let busiestDay = '';

const { fresh, open } = benchDatabase('bench-stock');

interface SeedParams {
  customers: number;
  products: number;
  movements: number;
  days: number;
  seed: number;
}

/** A fresh database: customers (with pinyin keys), products, and a ledger of receipts, returns and issues. */
async function seed(p: SeedParams) {
  await fresh();
  const rand = seededRandom(p.seed);
  const [customerIds, customersMs] = await timed(() => bulkAddCustomers(open(), fakeCustomers(p.customers, rand)));
  [productIds] = await timed(() => bulkAddProducts(open(), fakeProducts(p.products, rand)));
  const plan = fakeLedger({ productIds, customerIds, movements: p.movements, days: p.days, endMs: Date.now() }, rand);
  const [, ledgerMs] = await timed(async () => {
    const rIds = await bulkAddReceipts(open(), plan.receipts);
    const tIds = await bulkAddReturns(open(), plan.returns);
    const movements = ledgerMovements(
      plan.receipts.map((r, i) => ({ ...r, id: rIds[i] ?? 0 })),
      plan.returns.map((r, i) => ({ ...r, id: tIds[i] ?? 0 })),
      plan.issues,
    );
    return bulkAddMovements(open(), movements);
  });
  const counts = new Map<string, number>();
  for (const m of await open().movements.orderBy('day').keys()) counts.set(String(m), (counts.get(String(m)) ?? 0) + 1);
  busiestDay = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return {
    customers: await open().customers.count(),
    products: productIds.length,
    movements: await open().movements.count(),
    busiestDay,
    busiestDayMovements: counts.get(busiestDay) ?? 0,
    customersMs,
    ledgerMs,
  };
}

/** Each query typed one key at a time: one search per keystroke (the search box's work). */
async function search(p: { words: string[]; repeats: number }) {
  const times: number[] = [];
  const hits: Record<string, number> = {};
  for (let r = 0; r < p.repeats; r += 1) {
    for (const word of p.words) {
      for (let n = 1; n <= word.length; n += 1) {
        const [found, ms] = await timed(() => searchCustomers(open(), word.slice(0, n), 50));
        times.push(ms);
        hits[word] = found.length;
      }
    }
  }
  return { times, hits };
}

async function onHand(p: { repeats: number; seed: number }) {
  const rand = seededRandom(p.seed);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < p.repeats; i += 1) {
    const id = productIds[Math.floor(rand() * productIds.length)] ?? 0;
    const [q, ms] = await timed(() => stockOnHand(open(), id));
    total += q;
    times.push(ms);
  }
  return { times, total };
}

/** The clerk's settlement: open the day's summary, then settle it with every difference explained. */
async function settle(p: { repeats: number }) {
  const summaryTimes: number[] = [];
  let movements = 0;
  let differences = 0;
  for (let i = 0; i < p.repeats; i += 1) {
    const [s, ms] = await timed(() => daySummary(open(), busiestDay));
    summaryTimes.push(ms);
    movements = s.movementCount;
    differences = s.differences.length;
  }
  const summary = await daySummary(open(), busiestDay);
  const explanations = Object.fromEntries(summary.differences.map((d) => [d.key, '购销单已核对']));
  const [, settleMs] = await timed(() => settleDay(open(), actor, busiestDay, explanations, Date.now(), '00:00'));
  return { day: busiestDay, movements, differences, summaryTimes, settleMs };
}

/** 10k customers from an .xlsx file: read, map and check (preview), then write in one transaction. */
async function importCustomers(p: { rows: number; seed: number }) {
  const rand = seededRandom(p.seed);
  const rows = fakeCustomers(p.rows, rand, 5).map((c) => [c.name, c.phones.join(','), c.type === 'member' ? '会员' : c.type === 'store' ? '店铺' : '', c.memberNo ?? '', c.storeNo ?? '', c.address ?? '']);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['姓名', '手机', '客户类型', '会员编号', '店铺编号', '地址'], ...rows]), 'Sheet1');
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const before = await open().customers.count();
  const monitor = startMonitor();
  let progressEvents = 0;
  const [read, readMs] = await timed(() => readImportBytes(bytes, 'customers.xlsx'));
  if (!read.ok) return { error: read.reason };
  const [preview, previewMs] = await timed(() => previewImport(open(), 'customers', read.sheet));
  if (!preview.canImport) return { error: preview.result.report.slice(0, 5) };
  const [written, commitMs] = await timed(() => commitImport(open(), actor, preview, { onProgress: () => (progressEvents += 1) }));
  const { maxGapMs } = monitor.stop();
  return { bytes: bytes.byteLength, written: written.written, added: (await open().customers.count()) - before, readMs, previewMs, commitMs, totalMs: readMs + previewMs + commitMs, progressEvents, maxGapMs };
}

serveBenchmarks({ seed, search, onHand, settle, importCustomers });
