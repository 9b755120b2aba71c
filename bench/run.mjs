// `npm run bench`: runs the benchmarks of renderer/bench.html in headless Chromium against the built
// renderer (out/renderer), prints a table and writes bench/results/latest.json.
import { mkdir, writeFile, access } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';
import { sampleWorkerHeap } from './worker-heap.mjs';
import { maxOrNull, median, percentile } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = resolve(here, '..', 'out', 'renderer');
const quick = process.argv.includes('--quick'); // smaller runs while working on the bench itself

const plan = {
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
const targets = { query: 50, export100kMs: 5000, heapMb: 400 };

async function main() {
  await access(join(rendererDir, 'bench.html')).catch(() => {
    throw new Error(`${rendererDir}/bench.html not found: run \`npm run build\` first (npm run bench does).`);
  });
  const server = await serveStatic(rendererDir, 'bench.html');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      '--enable-precise-memory-info', // unquantized performance.memory
      '--js-flags=--expose-gc', // window.gc() between runs, so each starts from a settled heap
    ],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
    await page.goto(`${server.url}/bench.html`);
    // These arrow functions run in the page (globalThis is its window).
    await page.waitForFunction(() => globalThis.document.getElementById('status')?.textContent === 'ready', null, { timeout: 30_000 });
    const run = (name, params = {}) => page.evaluate(([n, p]) => globalThis.__bench.run(n, p), [name, params]);
    const results = await runAll(run, page);
    const chromiumVersion = browser.version();
    await run('cleanup');
    report(results, chromiumVersion);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function runAll(run, page) {
  const results = [];
  const step = (msg) => process.stderr.write(`… ${msg}\n`);

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
  results.push({ name: `one-month query (${query.range.join('…')})`, rows: query.rows, times: query.times, peakHeapMb: query.peakHeapMb, target: targets.query });

  for (const e of plan.exports) {
    const runs = [];
    for (let i = 0; i < e.repeats; i++) {
      step(`${e.label} (${i + 1}/${e.repeats})`);
      await run('gc');
      const workerHeap = await sampleWorkerHeap(page);
      const result = await run('exportRange', { days: e.days, lang: 'zh-CN' });
      runs.push({ ...result, workerPeakHeapMb: await workerHeap.stop() });
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
  return results;
}

function report(results, chromiumVersion) {
  const fmt = (v, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : 'n/a');
  const rows = results.map((r) => ({
    benchmark: r.name,
    rows: String(r.rows),
    'median ms': fmt(median(r.times), 1),
    'p95 ms': fmt(percentile(r.times, 95), 1),
    'peak JS heap MB': fmt(r.peakHeapMb, 0),
    'worker heap MB': r.workerPeakHeapMb === undefined ? '' : fmt(r.workerPeakHeapMb, 0),
    'max main-thread stall ms': r.maxStallMs === undefined ? '' : fmt(r.maxStallMs, 0),
  }));
  const cols = Object.keys(rows[0]);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => r[c])));

  const q = results.find((r) => r.name.startsWith('one-month'));
  const big = results.find((r) => r.name.startsWith('export 100k'));
  const heapPeak = maxOrNull(results.flatMap((r) => [r.peakHeapMb, r.workerPeakHeapMb]));
  console.log(
    `\ntargets: one-month query median ≤ ${targets.query} ms: ${verdict(median(q.times) <= targets.query)}; ` +
      `100k export ≤ ${targets.export100kMs} ms: ${verdict(big && median(big.times) <= targets.export100kMs)}; ` +
      `peak heap ≤ ${targets.heapMb} MB (main and worker): ${verdict(heapPeak !== null && heapPeak <= targets.heapMb)}`,
  );
  console.log('stall = longest gap between ticks of a 16 ms main-thread timer during the export (16 = no stall).');
  const out = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cpu: `${cpus()[0]?.model ?? '?'} ×${cpus().length}`,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    plan,
    targets,
    results,
  };
  return writeResults(out);
}

const verdict = (ok) => (ok ? 'met' : 'NOT met');

async function writeResults(out) {
  const dir = join(here, 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`results: ${join('bench', 'results', 'latest.json')}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
