// The printed table and bench/results/latest.json (results of parts not run this time are kept).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median, percentile } from './stats.mjs';

const fmt = (v, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : 'n/a');

export function printTable(results) {
  const rows = results.map((r) => ({
    benchmark: r.name,
    rows: String(r.rows),
    'median ms': fmt(median(r.times), 1),
    'p95 ms': fmt(percentile(r.times, 95), 1),
    'peak JS heap MB': fmt(r.peakHeapMb, 0),
    'worker heap MB': r.workerPeakHeapMb === undefined ? '' : fmt(r.workerPeakHeapMb, 0),
    'max main-thread stall ms': r.maxStallMs === undefined ? '' : fmt(r.maxStallMs, 0),
    'file MB': r.fileMb === undefined ? '' : fmt(r.fileMb, 1),
  }));
  const cols = Object.keys(rows[0]);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
}

export function printPhases(results) {
  for (const r of results.filter((x) => x.group === 'backup' && x.phases)) {
    const phases = Object.entries(r.phases).map(([p, ms]) => `${p} @${ms} ms`).join(', ');
    console.log(`${r.name}: phase starts (last run): ${phases}`);
    const idb = (r.idbMs ?? []).map((ms, i) => `${fmt(ms / 1000, 1)} s of a ${fmt(r.workerJobMs?.[i] / 1000, 1)} s worker job`).join(', ');
    if (idb) console.log(`  waiting on IndexedDB ${r.name.startsWith('backup') ? 'reads' : 'writes'}: ${idb}`);
  }
}

/** Merges this run's results into latest.json by benchmark name, so a partial run keeps the others. */
export async function writeResults(dir, meta, results) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const previous = await readFile(file, 'utf8').then(JSON.parse).catch(() => null);
  const names = new Set(results.map((r) => r.name));
  const kept = (previous?.results ?? []).filter((r) => !names.has(r.name));
  const out = { ...previous, ...meta, results: [...kept, ...results] };
  await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`results: ${join('bench', 'results', 'latest.json')}`);
}
