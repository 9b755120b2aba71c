// Backup and restore of the 10-year volume (issue 3): ~1M rows. Seeding is slow, so the seeded
// database stays in the persistent browser profile and the backup file in bench/results/cache.
import { maxOrNull, median } from './stats.mjs';
import { withWorkerHeap } from './worker-heap.mjs';

export const backupTargets = { backupMs: 15_000, restoreMs: 30_000, heapMb: 600 };

export function backupPlan({ quick, scale }) {
  const s = scale ?? (quick ? 0.1 : 1);
  return { scale: s, backupRepeats: quick ? 1 : 3, restoreRepeats: quick ? 1 : 2, cacheFile: `ten-years-x${s}.shbk` };
}

const describeSeed = (seeded) =>
  `${seeded.reused ? 'reused' : `seeded in ${(seeded.ms / 1000).toFixed(0)} s`}: ` +
  Object.entries(seeded.tables).map(([t, n]) => `${t} ${n}`).join(', ') +
  ' (every customer, call and parcel with its audit entries; each parcel a posted slip with its shipping list, shipment and movement)';

export async function runSeed({ run, plan, step, reseed }) {
  step(`seeding the 10-year database ×${plan.scale} (reused when the profile already has it)`);
  const seeded = await run('seedTenYears', { scale: plan.scale, force: reseed });
  step(describeSeed(seeded));
  return seeded;
}

function summarize(name, runs, extra) {
  return {
    group: 'backup',
    name,
    rows: runs[0].rows,
    times: runs.map((r) => r.ms),
    peakHeapMb: maxOrNull(runs.map((r) => r.peakHeapMb)),
    workerPeakHeapMb: maxOrNull(runs.map((r) => r.workerPeakHeapMb)),
    maxStallMs: maxOrNull(runs.map((r) => r.maxGapMs)),
    phases: runs.at(-1).phases,
    idbMs: runs.map((r) => r.stats?.idbMs ?? null),
    workerJobMs: runs.map((r) => r.stats?.jobMs ?? null),
    ...extra(runs),
  };
}

export async function runBackup({ run, page, plan, step, cacheUrl }) {
  const runs = [];
  for (let i = 0; i < plan.backupRepeats; i++) {
    step(`backup of the 10-year database (${i + 1}/${plan.backupRepeats})`);
    await run('dropBackup');
    await run('gc');
    runs.push(await withWorkerHeap(page, () => run('backup'))); // the backup worker does the heavy lifting
  }
  step('saving the backup file for later restore runs');
  await run('gc');
  await run('saveBackup', { url: cacheUrl });
  return summarize('backup 10-year db → .shbk', runs, (r) => ({ fileMb: r[0].fileMb, tables: r[0].tables }));
}

export async function runRestore({ run, page, plan, step, cacheUrl, haveBackup }) {
  if (!haveBackup) {
    const loaded = await run('loadBackup', { url: cacheUrl });
    if (!loaded.found) throw new Error(`no backup file ${plan.cacheFile} yet: run \`node bench/run.mjs backup\` first`);
    step(`loaded ${(loaded.bytes / 1024 / 1024).toFixed(0)} MB backup file from bench/results/cache`);
  }
  const runs = [];
  for (let i = 0; i < plan.restoreRepeats; i++) {
    step(`restore of the 10-year backup (${i + 1}/${plan.restoreRepeats})`);
    await run('gc');
    const r = await withWorkerHeap(page, () => run('restore'));
    if (!r.verified) throw new Error('restored counts differ from the manifest');
    runs.push(r);
  }
  return summarize('restore .shbk → staging db, switch', runs, () => ({ verified: true }));
}

export function backupVerdicts(results, verdict) {
  const b = results.find((r) => r.name.startsWith('backup 10-year'));
  const r = results.find((x) => x.name.startsWith('restore .shbk'));
  const lines = [];
  const over = (ms, target) => (ms > target ? ` (by ${((ms - target) / 1000).toFixed(1)} s)` : '');
  if (b) lines.push(`backup ≤ ${backupTargets.backupMs / 1000} s: ${verdict(median(b.times) <= backupTargets.backupMs)}${over(median(b.times), backupTargets.backupMs)}`);
  if (r) lines.push(`restore ≤ ${backupTargets.restoreMs / 1000} s: ${verdict(median(r.times) <= backupTargets.restoreMs)}${over(median(r.times), backupTargets.restoreMs)}`);
  const heap = maxOrNull([b?.peakHeapMb, r?.peakHeapMb, b?.workerPeakHeapMb, r?.workerPeakHeapMb]);
  if (b || r) lines.push(`backup/restore peak JS heap ≤ ${backupTargets.heapMb} MB (main and worker): ${verdict(heap !== null && heap <= backupTargets.heapMb)}`);
  return lines;
}
