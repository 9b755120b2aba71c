// `npm run bench`: runs the benchmarks of renderer/bench.html in headless Chromium against the built
// renderer (out/renderer), prints a table and writes bench/results/latest.json.
//
//   node bench/run.mjs [calls] [seed] [backup] [restore] [--quick] [--scale=0.1] [--reseed]
//
// No part named: all of them. `calls` = the call-log benchmarks (issue 2); `seed` = the 10-year ~1M-row
// database, kept in a persistent profile (bench/results/profile) so later runs reuse it; `backup` and
// `restore` = issue 3's backup and restore of it (the backup file is kept in bench/results/cache).
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { backupPlan, backupTargets, backupVerdicts, runBackup, runRestore, runSeed } from './backup.mjs';
import { callsPlan, callsTargets, callsVerdicts, runCalls } from './calls.mjs';
import { contextChromiumVersion, launchProfile, machineMeta, openBenchPage, resultsDir, rootDir, step } from './harness.mjs';
import { printPhases, printTable, writeResults } from './report.mjs';
import { serveStatic } from './serve.mjs';

// BENCH_RENDERER_DIR: a renderer built elsewhere (e.g. only bench.html, while out/ is busy).
const rendererDir = resolve(process.env.BENCH_RENDERER_DIR ?? join(rootDir, 'out', 'renderer'));
const allParts = ['calls', 'seed', 'backup', 'restore'];

function parseArgs(argv) {
  const parts = argv.filter((a) => !a.startsWith('--'));
  for (const p of parts) if (!allParts.includes(p)) throw new Error(`unknown part "${p}": use ${allParts.join(', ')}`);
  const scaleArg = argv.find((a) => a.startsWith('--scale='));
  return {
    parts: new Set(parts.length ? parts : allParts),
    quick: argv.includes('--quick'), // smaller runs while working on the bench itself
    reseed: argv.includes('--reseed'),
    scale: scaleArg ? Number(scaleArg.slice('--scale='.length)) : undefined,
  };
}

async function launch() {
  // A persistent profile on a fixed port: IndexedDB is per origin, so the seeded database survives runs.
  const port = Number(process.env.BENCH_PORT ?? 47613);
  const server = await serveStatic(rendererDir, 'bench.html', { port, cacheDir: join(resultsDir, 'cache') });
  const context = await launchProfile(join(resultsDir, 'profile'), {
    args: [
      '--enable-precise-memory-info', // unquantized performance.memory
      '--js-flags=--expose-gc', // window.gc() between runs, so each starts from a settled heap
    ],
  });
  return { server, context };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  await access(join(rendererDir, 'bench.html')).catch(() => {
    throw new Error(`${rendererDir}/bench.html not found: run \`npm run build\` first (npm run bench does).`);
  });
  const { server, context } = await launch();
  try {
    const { page, run } = await openBenchPage(context, server.url, 'bench');
    const { results, plans } = await runParts(opts, { run, page, step, url: server.url });
    const chromiumVersion = await contextChromiumVersion(context, page);
    await report(results, plans, chromiumVersion);
  } finally {
    await context.close();
    await server.close();
  }
}

async function runParts(opts, { run, page, step, url }) {
  const results = [];
  const plans = {};
  if (opts.parts.has('calls')) {
    plans.calls = callsPlan(opts.quick);
    results.push(...(await runCalls({ run, page, plan: plans.calls, step })));
  }
  const wantsBackup = ['seed', 'backup', 'restore'].some((p) => opts.parts.has(p));
  if (!wantsBackup) return { results, plans };
  const plan = backupPlan(opts);
  plans.backup = plan;
  const cacheUrl = `${url}/bench-cache/${plan.cacheFile}`;
  if (opts.parts.has('seed') || opts.parts.has('backup')) plans.seeded = await runSeed({ run, plan, step, reseed: opts.reseed });
  if (opts.parts.has('backup')) results.push(await runBackup({ run, page, plan, step, cacheUrl }));
  if (opts.parts.has('restore')) results.push(await runRestore({ run, page, plan, step, cacheUrl, haveBackup: opts.parts.has('backup') }));
  return { results, plans };
}

const verdict = (ok) => (ok ? 'met' : 'NOT met');

async function report(results, plans, chromiumVersion) {
  if (results.length === 0) {
    console.log('nothing measured (seed only).');
    return;
  }
  printTable(results);
  printPhases(results);
  const verdicts = [...callsVerdicts(results, verdict), ...backupVerdicts(results, verdict)];
  console.log(`\ntargets: ${verdicts.join('; ')}`);
  console.log('stall = longest gap between ticks of a 16 ms main-thread timer during the run (16 = no stall).');
  if (plans.seeded) console.log(`10-year database: ${plans.seeded.rows} rows`);
  const meta = { ...machineMeta(chromiumVersion), plans, targets: { ...callsTargets, backup: backupTargets } };
  await writeResults(resultsDir, meta, results);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
