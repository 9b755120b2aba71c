/**
 * The crash soak: the browser killed with SIGKILL at random moments, 100 times while the real
 * repositories write and 50 times during or up to two minutes after a restore, each trial on its own
 * persistent profile. Every trial is written to e2e/artifacts/soak-results.json as it ends; the
 * figures are printed at the end and must all be clean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildSoakPage,
  measureRestore,
  prepareRestoredBackup,
  restoreTrial,
  startSoakServer,
  summarize,
  writeTrial,
  type Fingerprint,
  type RestoreTrial,
  type SoakServer,
  type WriteTrial,
} from './harness';

const writeCount = Number(process.env.SOAK_WRITES ?? 100);
const restoreCount = Number(process.env.SOAK_RESTORES ?? 50);
const afterWindowMs = 120_000;
const resultsFile = resolve(import.meta.dirname, '..', 'artifacts', 'soak-results.json');

/** A seeded generator: a failing run can be repeated with SOAK_SEED. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
const rand = random(seed);
let server: SoakServer;
let restoredFp: Fingerprint;
let restoreMs = 0;
const writes: WriteTrial[] = [];
const restores: RestoreTrial[] = [];
const failures: string[] = [];

function save(): void {
  mkdirSync(resolve(resultsFile, '..'), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify({ seed, restoreMs, summary: summarize(writes, restores), failures, writes, restores }, null, 2)}\n`);
}

beforeAll(async () => {
  await buildSoakPage();
  server = await startSoakServer();
  // Big enough that a kill "during" lands in every phase of the restore (import, upgrade, check, switch).
  restoredFp = await prepareRestoredBackup(server, { customers: 20000, calls: 60000 });
  restoreMs = await measureRestore(server.url);
  console.log(`soak: seed ${seed}, one restore of ${restoredFp.customers + restoredFp.callLogs} rows takes ${restoreMs} ms`);
});

afterAll(async () => {
  await server?.close();
});

it(`kills the browser ${writeCount} times during writes and ${restoreCount} times during or after a restore`, async () => {
  for (let i = 0; i < writeCount; i++) {
    const ms = Math.round(200 + rand() * 4000);
    try {
      writes.push(await writeTrial(server.url, ms));
    } catch (error) {
      failures.push(`write trial ${i} (${ms} ms): ${error instanceof Error ? error.message : String(error)}`);
    }
    save();
    console.log(`soak: writes ${i + 1}/${writeCount}`, JSON.stringify(summarize(writes, restores).writes));
  }
  for (let i = 0; i < restoreCount; i++) {
    // Half the kills fall inside the restore, half in the two minutes after it succeeded.
    const ms = Math.round(i % 2 === 0 ? restoreMs * (0.05 + rand() * 0.95) : restoreMs + rand() * afterWindowMs);
    try {
      restores.push(await restoreTrial(server.url, restoredFp, ms));
    } catch (error) {
      failures.push(`restore trial ${i} (${ms} ms): ${error instanceof Error ? error.message : String(error)}`);
    }
    save();
    console.log(`soak: restores ${i + 1}/${restoreCount}`, JSON.stringify(summarize(writes, restores).restores));
  }
  const summary = summarize(writes, restores);
  console.log('soak summary', JSON.stringify(summary, null, 2));
  expect(failures).toEqual([]);
  expect(summary.writes).toMatchObject({ trials: writeCount, started: writeCount, withoutAudit: 0, auditWithoutRecord: 0, halfWritten: 0, pageErrors: 0 });
  expect(summary.restores).toMatchObject({ trials: restoreCount, other: 0, empty: 0, notStarted: 0, leftovers: 0, pageErrors: 0 });
  expect(summary.restores.old + summary.restores.restored).toBe(restoreCount);
});
