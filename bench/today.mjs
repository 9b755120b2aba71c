// Issue 8 benchmarks: the Today board over the 10-year database, in headless Chromium on real IndexedDB.
//
//   node bench/today.mjs [--quick] [--no-build] [--reseed] [--runs=5]
//
// Builds the app (browser mode) and renderer/bench-today.html into out/bench-today with Vite, serves both
// on one 127.0.0.1 origin (IndexedDB is per origin), seeds the app's own database once (≈ 1.1M rows: 50k
// customers, 400k calls, 200k purchase slips + 200k shipping lists + 200k shipments, service records,
// stock days), kept in a persistent profile (bench/results/today-profile) for later runs. Then, per run,
// a fresh page loads the app: cold start to the sign-in screen, sign-in, the board's due cards drawn
// (no card aria-busy), and the whole page drawn (cards and charts: no aria-busy left in <main>; the
// month summary below the fold waits to be scrolled to). Writes bench/results/today.json.
import { join } from 'node:path';
import { build } from 'vite';
import { contextChromiumVersion, hasFlag, launchProfile, machineMeta, openBenchPage, resultsDir, rootDir as root, step, tableHeader, writeResultFile } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { median, percentile } from './stats.mjs';

const outDir = join(root, 'out', 'bench-today');
const quick = hasFlag('--quick');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 5;
const scale = quick ? 0.1 : 1;

const plan = {
  customers: Math.round(50_000 * scale),
  calls: Math.round(400_000 * scale),
  shipments: Math.round(200_000 * scale),
  products: 300,
  days: 3650,
  requests: Math.round(30_000 * scale),
  cards: Math.round(40_000 * scale),
  outstanding: Math.round(10_000 * scale),
  escalations: 300,
  alerts: 600,
  seed: 20261127,
};
const targets = { boardAfterSignInMs: 300, coldStartMs: 1500 };
const people = [
  { role: 'clerk', name: '王丽', pin: '1111', roles: ['frontdesk'] },
  { role: 'supervisor', name: '周主管', pin: '123456', roles: ['supervisor'] },
  { role: 'warehouse', name: '李强', pin: '2222', roles: ['warehouse'] },
];

async function buildPages() {
  await build({
    configFile: join(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { index: join(root, 'renderer', 'index.html'), 'bench-today': join(root, 'renderer', 'bench-today.html') } },
    },
  });
}

/** Runs in each app page before its scripts: timestamps (ms since navigation start) of what appears. */
function probe() {
  const { document, MutationObserver, requestAnimationFrame } = globalThis;
  const p = {};
  globalThis.__probe = p;
  const mark = (k) => {
    if (p[k] === undefined) p[k] = performance.now();
  };
  const check = () => {
    if (document.querySelector('[role="group"][aria-label="员工列表"]')) mark('signIn');
    const bar = document.querySelector('header');
    if (bar && bar.textContent.includes('当前用户')) mark('shell');
    const main = document.querySelector('main');
    if (p.shell !== undefined && main && main.querySelector('[data-item]') && !main.querySelector('[data-item][aria-busy="true"]')) mark('cards');
    if (p.shell !== undefined && main && main.querySelector('[role="figure"]') && !main.querySelector('[role="figure"][aria-busy="true"]')) mark('charts');
    if (p.shell !== undefined && main && main.querySelector('[data-item]') && !main.querySelector('[aria-busy="true"]')) {
      mark('drawn');
      requestAnimationFrame(() => mark('painted'));
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  document.addEventListener('keydown', (e) => e.key === 'Enter' && mark('enter'), true);
}

async function boardRun(context, url, person) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(probe);
  await page.goto(`${url}/index.html#/home`);
  const list = page.getByRole('group', { name: '员工列表' });
  await list.waitFor({ timeout: 30_000 });
  await list.getByRole('button', { name: person.name }).click();
  const pin = page.getByLabel('PIN', { exact: true });
  await pin.fill(person.pin);
  await pin.press('Enter');
  await page.waitForFunction(() => globalThis.__probe.painted !== undefined, null, { timeout: 60_000 });
  const probeValues = await page.evaluate(() => globalThis.__probe);
  const cardCount = await page.locator('main [data-item]').count();
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return n ? { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd } : {};
  });
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return { ...probeValues, ...nav, cardCount };
}

async function main() {
  if (!hasFlag('--no-build')) await buildPages();
  const port = Number(process.env.BENCH_TODAY_PORT ?? 47618);
  const server = await serveStatic(outDir, 'index.html', { port });
  const profile = join(resultsDir, quick ? 'today-profile-quick' : 'today-profile');
  const context = await launchProfile(profile, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
  try {
    const { page, run } = await openBenchPage(context, server.url, 'bench-today');
    let counts = await run('counts');
    if (hasFlag('--reseed') || counts.callLogs !== plan.calls || counts.shipments !== plan.shipments) {
      step(`seeding ${JSON.stringify(plan)}`);
      const seeded = await run('seed', plan);
      counts = seeded.counts;
      step(`seeded ${counts.total} rows in ${(seeded.seedMs / 1000).toFixed(0)} s`);
    } else step(`reusing the seeded database (${counts.total} rows)`);
    const queries = {};
    for (const person of people) {
      await run('queries', { roles: person.roles }); // warm-up
      queries[person.role] = await run('queries', { roles: person.roles });
    }
    await page.close();
    const boards = {};
    for (const person of people) {
      step(`board as ${person.name}, ${runs} runs`);
      boards[person.role] = [];
      for (let i = 0; i < runs; i++) boards[person.role].push(await boardRun(context, server.url, person));
    }
    const version = await contextChromiumVersion(context);
    report(counts, queries, boards, version);
    await writeResultFile(quick ? 'today-quick.json' : 'today.json', { meta: { ...machineMeta(version), plan, targets, runs }, counts, queries, boards });
  } finally {
    await context.close();
    await server.close();
  }
}

const fmt = (n) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(1) : n.toFixed(0));

function report(counts, queries, boards, version) {
  console.log(`\n${version}; ${counts.total} rows (calls ${counts.callLogs}, customers ${counts.customers}, shipments ${counts.shipments}, slips ${counts.purchaseSlips})\n`);
  tableHeader('measure');
  const row = (name, xs, target) => {
    const med = median(xs);
    console.log([name, fmt(med), fmt(percentile(xs, 95)), fmt(Math.max(...xs)), target ?? '', target ? (med <= target ? 'met' : 'NOT met') : ''].join(' | '));
  };
  const all = Object.values(boards).flat();
  row('cold start: navigation → sign-in screen', all.map((r) => r.signIn), targets.coldStartMs);
  for (const [role, rs] of Object.entries(boards)) {
    row(`${role}: signed in (shell shown) → the board's ${rs[0]?.cardCount} due cards drawn`, rs.map((r) => r.cards - r.shell), targets.boardAfterSignInMs);
    row(`${role}: signed in → whole page drawn (cards + 5 charts)`, rs.map((r) => r.drawn - r.shell), targets.boardAfterSignInMs);
    row(`${role}: signed in → whole page painted (next frame)`, rs.map((r) => r.painted - r.shell));
    row(`${role}: Enter on the PIN → whole page painted (incl. the PIN check)`, rs.map((r) => r.painted - r.enter));
  }
  console.log('(the month summary below the fold is read when scrolled to; its read is "month summary" below)');
  console.log('\nper-query time, in-page, warm (ms):');
  for (const [role, q] of Object.entries(queries)) console.log(`  ${role}: ${Object.entries(q).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
}

await main();
