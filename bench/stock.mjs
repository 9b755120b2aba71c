// Issue 4 benchmarks (customers, stock ledger, settlement, import) in headless Chromium on real IndexedDB.
//
//   node bench/stock.mjs [--quick] [--no-build]
//
// Builds renderer/bench-stock.html alone into out/bench-stock (Vite, the app is not built), serves it on
// 127.0.0.1, seeds 50k customers and 200k movements over 5k products, measures, prints a table and
// writes bench/results/stock.json. --quick: a tenth of the data, for working on the bench itself.
import { fmtMs as fmt, hasFlag, runPageBench, step, tableHeader } from './harness.mjs';
import { median, percentile } from './stats.mjs';

const quick = hasFlag('--quick');
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

async function measure({ run }) {
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
  tableHeader();
  for (const [name, med, p95, max, target] of rows) console.log([name, fmt(med), fmt(p95), fmt(max), target, med <= target ? 'met' : 'NOT met'].join(' | '));
  const im = r.imported;
  console.log(`\nimport phases: read .xlsx ${fmt(im.readMs)} ms, preview ${fmt(im.previewMs)} ms, commit ${fmt(im.commitMs)} ms; ${im.progressEvents} progress events; longest main-thread stall ${fmt(im.maxGapMs)} ms`);
}

await runPageBench({ page: 'bench-stock', measure, report, resultFile: quick ? 'stock-quick.json' : 'stock.json', plan, targets });
