// Issue 7 benchmarks (service records) in headless Chromium on real IndexedDB.
//
//   node bench/service.mjs [--quick] [--no-build]
//
// Builds renderer/bench-service.html alone into out/bench-service (Vite, the app is not built), serves
// it on 127.0.0.1, seeds 400k call logs and 100k service cards over ten years (every one waiting for
// review), then measures the review queue and the Excel exports (in the worker, with the worker's heap
// sampled over the DevTools protocol). Prints a table and writes bench/results/service.json.
// --quick: a tenth of the data, for working on the bench itself.
import { fmtMs as fmt, hasFlag, runPageBench, step, tableHeader } from './harness.mjs';
import { maxOrNull, median, percentile } from './stats.mjs';
import { withWorkerHeap } from './worker-heap.mjs';

const quick = hasFlag('--quick');
const scale = quick ? 0.1 : 1;

const plan = { customers: Math.round(20_000 * scale), calls: Math.round(400_000 * scale), cards: Math.round(100_000 * scale), years: 10, seed: 20261127 };
const targets = { reviewQueueMs: 100, exportMonthMs: 1000, exportYearMs: 5000, heapMb: 400 };

async function exportRuns(page, run, params, repeats) {
  const runs = [];
  for (let i = 0; i < repeats; i++) {
    await run('gc');
    runs.push(await withWorkerHeap(page, () => run('exportRange', params)));
  }
  return runs;
}

async function measure({ page, run }) {
  step(`seeding ${plan.calls} calls and ${plan.cards} service cards over ${plan.years} years, all queued for review`);
  const seeded = await run('seed', plan);
  step(`seeded: ${JSON.stringify(seeded)}`);
  await run('reviewQueue', { repeats: 2 }); // warm-up
  step('review queue');
  const queue = await run('reviewQueue', { repeats: 20 });
  const queueCards = await run('reviewQueue', { repeats: 10, kinds: ['serviceCards'] });
  const queueParts = await run('queueParts', { repeats: 10 });
  step('export a month (call logs + service cards)');
  const month = await exportRuns(page, run, { kinds: ['callLogs', 'serviceCards'], range: 'lastMonth' }, quick ? 2 : 5);
  step('export a year of call logs');
  const year = await exportRuns(page, run, { kinds: ['callLogs'], range: 'lastYear' }, quick ? 1 : 3);
  const heap = await run('gc');
  return { seeded, queue, queueCards, queueParts, month, year, heapAfterMb: heap.heapMb };
}

const verdict = (ok) => (ok ? 'met' : 'NOT met');

function report(r, version) {
  console.log(`\nChromium ${version}; ${r.seeded.calls} calls, ${r.seeded.cards} service cards, ${r.seeded.queue} waiting for review (seeded in ${fmt(r.seeded.seedMs / 1000)} s)\n`);
  tableHeader();
  const line = (name, times, target) => console.log([name, fmt(median(times)), fmt(percentile(times, 95)), fmt(Math.max(...times)), target, verdict(median(times) <= target)].join(' | '));
  line(`review queue: oldest 200 + counts (total ${r.queue.total}, overdue ${r.queue.overdue})`, r.queue.times, targets.reviewQueueMs);
  console.log(`  (parts, median ms: ${Object.entries(r.queueParts).map(([k, t]) => `${k} ${fmt(median(t))}`).join(', ')})`);
  line(`review queue, service cards only (total ${r.queueCards.total})`, r.queueCards.times, targets.reviewQueueMs);
  line(`export a month → .xlsx (${r.month[0]?.rows} rows: ${r.month[0]?.counts.map((c) => `${c.kind} ${c.count}`).join(', ')})`, r.month.map((x) => x.ms), targets.exportMonthMs);
  line(`export a year of call logs → .xlsx (${r.year[0]?.rows} rows)`, r.year.map((x) => x.ms), targets.exportYearMs);
  const heapPeak = maxOrNull([...r.month, ...r.year].flatMap((x) => [x.peakHeapMb, x.workerPeakHeapMb]));
  console.log(`\npeak heap (main ${fmt(maxOrNull([...r.month, ...r.year].map((x) => x.peakHeapMb)))} MB, worker ${fmt(maxOrNull([...r.month, ...r.year].map((x) => x.workerPeakHeapMb)))} MB) ≤ ${targets.heapMb} MB: ${verdict(heapPeak !== null && heapPeak <= targets.heapMb)}`);
  console.log(`longest main-thread stall during exports: ${fmt(maxOrNull([...r.month, ...r.year].map((x) => x.maxGapMs)))} ms; file sizes: month ${fmt((r.month[0]?.bytes ?? 0) / 1024)} KB, year ${fmt((r.year[0]?.bytes ?? 0) / 1024)} KB`);
  const phaseText = (runs) => Object.entries(runs[0]?.phases ?? {}).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
  console.log(`export phases, first run (ms from start to the phase's first event): month ${phaseText(r.month)}; year ${phaseText(r.year)}`);
}

await runPageBench({
  page: 'bench-service',
  chromiumArgs: ['--js-flags=--expose-gc'], // the page's gc() between exports, so each starts from a settled heap
  measure,
  report,
  resultFile: quick ? 'service-quick.json' : 'service.json',
  plan,
  targets,
  after: (run) => run('cleanup'),
});
