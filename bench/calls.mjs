// The call-log benchmarks of issue 2: bulk insert, one-month query, .xlsx export in the worker.
import { withWorkerHeap } from './worker-heap.mjs';
import { maxOrNull, median } from './stats.mjs';

export function callsPlan(quick) {
  return {
    customers: 2000,
    calls: quick ? 20_000 : 100_000,
    days: 3 * 365, // ~3 years, so one month holds ~2.8k of the 100k calls
    chunkSize: 5000,
    insertRepeats: quick ? 1 : 3,
    queryRepeats: 20,
    exports: [
      { label: 'export 10k → .xlsx (worker)', days: 110, repeats: quick ? 2 : 5 },
      { label: 'export 100k → .xlsx (worker)', days: 3 * 365 + 2, repeats: quick ? 1 : 3 },
    ],
  };
}

export const callsTargets = { query: 50, export100kMs: 5000, heapMb: 400 };

export async function runCalls({ run, page, plan, step }) {
  const results = [];
  const inserts = [];
  for (let i = 0; i < plan.insertRepeats; i++) {
    step(`bulk insert ${plan.calls} calls (${i + 1}/${plan.insertRepeats})`);
    await run('gc');
    inserts.push(await run('insert', { customers: plan.customers, calls: plan.calls, days: plan.days, chunkSize: plan.chunkSize, seed: 2026 }));
  }
  results.push({
    name: `bulk insert (${plan.chunkSize}/tx)`,
    rows: inserts[0].rows,
    times: inserts.map((r) => r.ms),
    peakHeapMb: maxOrNull(inserts.map((r) => r.peakHeapMb)),
  });

  step(`one-month query ×${plan.queryRepeats}`);
  await run('gc');
  const query = await run('queryMonth', { repeats: plan.queryRepeats });
  results.push({ name: `one-month query (${query.range.join('…')})`, rows: query.rows, times: query.times, peakHeapMb: query.peakHeapMb, target: callsTargets.query });

  for (const e of plan.exports) {
    const runs = [];
    for (let i = 0; i < e.repeats; i++) {
      step(`${e.label} (${i + 1}/${e.repeats})`);
      await run('gc');
      runs.push(await withWorkerHeap(page, () => run('exportRange', { days: e.days, lang: 'zh-CN' })));
    }
    results.push({
      name: e.label,
      rows: runs[0].rows,
      times: runs.map((r) => r.ms),
      peakHeapMb: maxOrNull(runs.map((r) => r.peakHeapMb)),
      workerPeakHeapMb: maxOrNull(runs.map((r) => r.workerPeakHeapMb)),
      maxStallMs: maxOrNull(runs.map((r) => r.maxGapMs)),
      fileMb: runs[0].bytes / 1024 / 1024,
      phases: runs.at(-1).phases,
      range: runs[0].range,
    });
  }
  await run('cleanup');
  return results;
}

export function callsVerdicts(results, verdict) {
  const q = results.find((r) => r.name.startsWith('one-month'));
  const big = results.find((r) => r.name.startsWith('export 100k'));
  if (!q || !big) return [];
  const heapPeak = maxOrNull(results.filter((r) => r.group !== 'backup').flatMap((r) => [r.peakHeapMb, r.workerPeakHeapMb]));
  return [
    `one-month query median ≤ ${callsTargets.query} ms: ${verdict(median(q.times) <= callsTargets.query)}`,
    `100k export ≤ ${callsTargets.export100kMs} ms: ${verdict(median(big.times) <= callsTargets.export100kMs)}`,
    `peak heap ≤ ${callsTargets.heapMb} MB (main and worker): ${verdict(heapPeak !== null && heapPeak <= callsTargets.heapMb)}`,
  ];
}
