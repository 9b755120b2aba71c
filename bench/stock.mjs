// Issue 4 benchmarks (customers, stock ledger, settlement, import) in headless Chromium on real IndexedDB.
//
//   node bench/stock.mjs [--quick] [--no-build]
//
// Builds renderer/bench-stock.html alone into out/bench-stock (Vite, the app is not built), serves it on
// 127.0.0.1, seeds 50k customers and 200k movements over 5k products, measures, prints a table and
// writes bench/results/stock.json. --quick: a tenth of the data, for working on the bench itself.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from './serve.mjs';
import { median, percentile } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const outDir = join(root, 'out', 'bench-stock');
const quick = process.argv.includes('--quick');
const scale = quick ? 0.1 : 1;

const plan = {
  customers: Math.round(50_000 * scale),
  products: Math.round(5_000 * scale),
  movements: Math.round(200_000 * scale),
  days: 200,
  importRows: Math.round(10_000 * scale),
  seed: 20261127,
};
const targets = { searchMedianMs: 30, onHandMs: 5, settlementMs: 500, importMs: 10_000 };
// Typed one key at a time: phone prefixes, Chinese names, pinyin initials and full pinyin, a member number.
const words = {
  phone: ['13000104', '1300087', '13500'],
  name: ['张伟', '王芳', '李'],
  initials: ['zw', 'wf', 'lj'],
  pinyin: ['zhangwei', 'wangfang'],
  memberNo: ['hy0001'],
};

async function buildPage() {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('bench') },
    root: join(root, 'renderer'),
    resolve: { alias: { '@shared': join(root, 'shared') } },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, rollupOptions: { input: { 'bench-stock': join(root, 'renderer', 'bench-stock.html') } } },
  });
}

async function main() {
  if (!process.argv.includes('--no-build')) await buildPage();
  const server = await serveStatic(outDir, 'bench-stock.html');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
    await page.goto(`${server.url}/bench-stock.html`);
    await page.waitForFunction(() => globalThis.document.getElementById('status')?.textContent === 'ready', null, { timeout: 30_000 });
    const run = (name, params = {}) => page.evaluate(([n, p]) => globalThis.__benchStock.run(n, p), [name, params]);
    const step = (msg) => process.stderr.write(`… ${msg}\n`);
    const results = await measure(run, step);
    const version = await browser.version();
    report(results, version);
    await mkdir(join(here, 'results'), { recursive: true });
    const meta = { date: new Date().toISOString(), chromium: version, node: process.version, cpu: `${cpus()[0]?.model ?? '?'} ×${cpus().length}`, memoryGb: Math.round(totalmem() / 1024 ** 3), plan, targets };
    await writeFile(join(here, 'results', quick ? 'stock-quick.json' : 'stock.json'), `${JSON.stringify({ meta, results }, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measure(run, step) {
  step(`seeding ${plan.customers} customers, ${plan.products} products, ${plan.movements} movements over ${plan.days} days`);
  const seeded = await run('seed', { customers: plan.customers, products: plan.products, movements: plan.movements, days: plan.days, seed: plan.seed });
  step(`seeded: ${JSON.stringify(seeded)}`);
  const search = {};
  await run('search', { words: Object.values(words).flat(), repeats: 1 }); // warm-up: index pages cached
  for (const [kind, list] of Object.entries(words)) {
    step(`search: ${kind}`);
    search[kind] = await run('search', { words: list, repeats: 5 });
  }
  step('stock on hand');
  await run('onHand', { repeats: 50, seed: 1 });
  const onHand = await run('onHand', { repeats: 500, seed: 2 });
  step('settlement');
  const settle = await run('settle', { repeats: 5 });
  step(`import ${plan.importRows} customers from .xlsx`);
  const imported = await run('importCustomers', { rows: plan.importRows, seed: 7 });
  return { seeded, search, onHand, settle, imported };
}

const fmt = (n) => (n === null || n === undefined ? '—' : n < 10 ? n.toFixed(2) : n.toFixed(0));

function report(r, version) {
  const rows = [];
  for (const [kind, s] of Object.entries(r.search)) {
    rows.push([`search per keystroke: ${kind} (${Object.keys(s.hits).join(', ')})`, median(s.times), percentile(s.times, 95), Math.max(...s.times), targets.searchMedianMs]);
  }
  const all = Object.values(r.search).flatMap((s) => s.times);
  rows.push(['search per keystroke: all', median(all), percentile(all, 95), Math.max(...all), targets.searchMedianMs]);
  rows.push(['stock on hand, one product', median(r.onHand.times), percentile(r.onHand.times, 95), Math.max(...r.onHand.times), targets.onHandMs]);
  rows.push([`day summary (${r.settle.movements} movements, ${r.settle.differences} differences)`, median(r.settle.summaryTimes), percentile(r.settle.summaryTimes, 95), Math.max(...r.settle.summaryTimes), targets.settlementMs]);
  rows.push(['settle the day (summary + checks + save + lock)', r.settle.settleMs, null, null, targets.settlementMs]);
  rows.push([`import ${r.imported.written} customers from .xlsx (total)`, r.imported.totalMs, null, null, targets.importMs]);
  console.log(`\nChromium ${version}; ${r.seeded.customers} customers, ${r.seeded.products} products, ${r.seeded.movements} movements\n`);
  console.log(['benchmark', 'median ms', 'p95 ms', 'max ms', 'target ms', 'verdict'].join(' | '));
  for (const [name, med, p95, max, target] of rows) console.log([name, fmt(med), fmt(p95), fmt(max), target, med <= target ? 'met' : 'NOT met'].join(' | '));
  const im = r.imported;
  console.log(`\nimport phases: read .xlsx ${fmt(im.readMs)} ms, preview ${fmt(im.previewMs)} ms, commit ${fmt(im.commitMs)} ms; ${im.progressEvents} progress events; longest main-thread stall ${fmt(im.maxGapMs)} ms`);
}

await main();
