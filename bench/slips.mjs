// Issue 6 benchmarks (purchase slips, shipping, the shipment log and its queues) in headless Chromium
// on real IndexedDB.
//
//   node bench/slips.mjs [--quick] [--no-build]
//
// Builds renderer/bench-slips.html alone into out/bench-slips (Vite, the app is not built), serves it on
// 127.0.0.1, seeds 20k customers, 5k products and 200k posted shipping slips with their lists and
// shipments (200 a day), measures, prints a table and writes bench/results/slips.json.
// --quick: a tenth of the data, for working on the bench itself.
import { fmtMs as fmt, hasFlag, runPageBench, step, tableHeader } from './harness.mjs';
import { median, percentile } from './stats.mjs';

const quick = hasFlag('--quick');
const scale = quick ? 0.1 : 1;

const plan = { customers: Math.round(20_000 * scale), products: 5_000, shipments: Math.round(200_000 * scale), perDay: 200, seed: 20261127 };
const targets = { saveSlipMs: 100, postShipmentMs: 100, dayLogMs: 50, chaseQueueMs: 50, callbackQueueMs: 50 };

async function measure({ run }) {
  step(`seeding ${plan.customers} customers, ${plan.products} products, ${plan.shipments} shipments (${plan.perDay} a day)`);
  const seeded = await run('seed', plan);
  step(`seeded: ${JSON.stringify(seeded)}`);
  // Let the freshly seeded store settle (LevelDB compaction) before timing reads.
  await new Promise((r) => setTimeout(r, 5000));
  step("the day's shipment log");
  await run('dayLog', { repeats: 3 });
  const log = await run('dayLog', { repeats: 30 });
  step('chase and callback queues');
  await run('queues', { repeats: 3 });
  const queues = await run('queues', { repeats: 30 });
  step('save a 10-line slip');
  await run('saveSlip', { repeats: 5, offset: 0 }); // warm-up
  const save = await run('saveSlip', { repeats: 50, offset: 5 });
  step('post a 10-line shipping slip');
  await run('postShipment', { repeats: 2, offset: 100 });
  const post = await run('postShipment', { repeats: 20, offset: 200 });
  return { seeded, save, post, log, queues };
}


function report(r, version) {
  const row = (name, times, target) => [name, median(times), percentile(times, 95), Math.max(...times), target];
  const rows = [
    row('save a 10-line slip (rules, GX number, audit)', r.save.times, targets.saveSlipMs),
    row('post a 10-line shipping slip (rules, OUT-4, CK movement, shipment, audit)', r.post.times, targets.postShipmentMs),
    row(`the day's shipment log (${r.log.rows} rows of ${r.seeded.shipments})`, r.log.times, targets.dayLogMs),
    row(`chase queue (${r.queues.chase} due)`, r.queues.chaseTimes, targets.chaseQueueMs),
    row(`callback queue (${r.queues.callback} due)`, r.queues.callbackTimes, targets.callbackQueueMs),
  ];
  console.log(`\nChromium ${version}; ${r.seeded.customers} customers, ${r.seeded.products} products, ${r.seeded.shipments} shipments (${r.seeded.slips} slips)\n`);
  tableHeader();
  for (const [name, med, p95, max, target] of rows) console.log([name, fmt(med), fmt(p95), fmt(max), target, p95 <= target ? 'met (p95)' : med <= target ? 'met (median)' : 'NOT met'].join(' | '));
}

await runPageBench({ page: 'bench-slips', measure, report, resultFile: quick ? 'slips-quick.json' : 'slips.json', plan, targets });
