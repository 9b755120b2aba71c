/**
 * The benchmark page (renderer/bench.html), driven by bench/run.mjs in headless Chromium. It uses the
 * real repositories and the real worker export; only the file write is replaced by a byte counter.
 */
import { toIsoDate } from '@shared/domain/local-date';
import { bulkAddCallLogs, listCallLogs } from '../db/call-logs-repo';
import { bulkAddCustomers, getCustomersByIds } from '../db/customers-repo';
import { exportCallLogs } from '../export/export-call-logs';
import type { ExportProgress } from '../export/progress';
import { fakeCalls, fakeCustomers, seededRandom } from './fake-data';
import { benchDatabase, byteCounter, collectGarbage, heapMb, serveBenchmarks } from './harness';
import { startMonitor } from './monitor';
import * as backupBench from './backup-bench';

interface SetupParams {
  customers: number;
  calls: number;
  days: number;
  chunkSize: number;
  seed: number;
}

const { fresh, open: openDb, drop } = benchDatabase('bench', 'insert');
/** Exports are registered under a signed-in staff member; the bench is one. */
const benchActor = { staffId: 1, name: 'bench', roles: ['supervisor' as const] };
let lastCallAt = 0;

/** Fresh database with customers; then times the chunked bulk insert of the calls. */
async function insert(p: SetupParams) {
  const db = await fresh();
  const rand = seededRandom(p.seed);
  const ids = await bulkAddCustomers(db, fakeCustomers(p.customers, rand));
  const customers = await getCustomersByIds(db, ids);
  const known = [...customers].flatMap(([id, c]) => (c.phones[0] ? [{ id, name: c.name, phone: c.phones[0] }] : []));
  const endMs = Date.now();
  const calls = fakeCalls(p.calls, known, endMs, p.days, rand);
  lastCallAt = calls.at(-1)?.at ?? endMs;
  const monitor = startMonitor();
  const t0 = performance.now();
  await bulkAddCallLogs(db, calls, p.chunkSize);
  const ms = performance.now() - t0;
  const { peakHeapBytes } = monitor.stop();
  return { ms, rows: calls.length, peakHeapMb: heapMb(peakHeapBytes) };
}

/** The last full calendar month of the data, queried `repeats` times. */
async function queryMonth(p: { repeats: number }) {
  const last = new Date(lastCallAt);
  const from = new Date(last.getFullYear(), last.getMonth() - 1, 1).getTime();
  const to = new Date(last.getFullYear(), last.getMonth(), 1).getTime();
  const times: number[] = [];
  let rows = 0;
  const monitor = startMonitor();
  for (let i = 0; i < p.repeats; i++) {
    const t0 = performance.now();
    rows = (await listCallLogs(openDb(), from, to)).length;
    times.push(performance.now() - t0);
  }
  return { times, rows, range: [toIsoDate(from), toIsoDate(to - 1)], peakHeapMb: heapMb(monitor.stop().peakHeapBytes) };
}

/** Exports the last `days` days (all data for a large number) through the worker, once. */
async function exportRange(p: { days: number; lang: 'zh-CN' | 'en' }) {
  const to = toIsoDate(lastCallAt);
  const from = toIsoDate(lastCallAt - (p.days - 1) * 86_400_000);
  const { platform, bytes } = byteCounter();
  const phases: Partial<Record<ExportProgress['phase'] | 'start', number>> = {};
  const t0 = performance.now();
  const onProgress = (e: ExportProgress) => {
    phases[e.phase] ??= performance.now() - t0;
  };
  const monitor = startMonitor();
  const result = await exportCallLogs({ db: openDb(), actor: benchActor, platform, from, to, lang: p.lang, onProgress });
  const ms = performance.now() - t0;
  const { maxGapMs, peakHeapBytes } = monitor.stop();
  if (result.status !== 'written') throw new Error(`export ${result.status}`);
  return {
    ms,
    rows: result.record.rowCount,
    bytes: bytes(),
    range: [from, to],
    phases,
    maxGapMs,
    peakHeapMb: heapMb(peakHeapBytes),
  };
}

serveBenchmarks({
  insert,
  queryMonth,
  exportRange,
  gc: collectGarbage,
  seedTenYears: backupBench.seed,
  backup: backupBench.backup,
  saveBackup: backupBench.saveBackup,
  loadBackup: backupBench.loadBackup,
  restore: backupBench.restore,
  dropBackup: async () => backupBench.dropBackup(),
  threading: async (p: { mode: 'worker' | 'inline' }) => backupBench.threading(p),
  cleanup: drop,
});
