// What IndexedDB itself costs on this machine, without the app: the floor under the restore benchmark.
//
//   node bench/idb-floor.mjs [--quick]
//
// In a worker of headless Chromium (the same browser as the other benchmarks), on a fresh database:
// - adds of the smallest possible record ({ id }) with no index, 10,000 per transaction, relaxed
//   durability: the least one stored record can cost, whatever the app does;
// - adds of a call-log-sized record into a store with the call log's four indexes;
// - one get per record, and getAll in pages of 5,000, for the reading side (the backup).
// A restore writes every row of the backup as one record, so (rows × the first figure) is the least
// any restore can take here. Writes bench/results/idb-floor.json.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasFlag, launchProfile, step, writeResultFile } from './harness.mjs';

const quick = hasFlag('--quick');
const bigN = quick ? 100_000 : 1_000_000;

// Runs in the worker: one experiment per message.
const workerSource = `
const open = (name, upgrade) => new Promise((resolve, reject) => {
  const r = indexedDB.open(name, 1);
  r.onupgradeneeded = () => upgrade(r.result);
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});
const drop = (name) => new Promise((resolve) => { const r = indexedDB.deleteDatabase(name); r.onsuccess = r.onerror = r.onblocked = () => resolve(); });
const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
const tiny = (i) => ({ id: i + 1 });
const call = (i) => ({ id: i + 1, at: 1.6e12 + i * 60000, customerId: i % 50000, phone: '138' + String(10000000 + ((i * 7919) % 89999999)),
  followUpDate: i % 5 ? null : '2026-01-0' + ((i % 9) + 1), direction: 'in', topic: 'inquiry', summary: '客户来电询问产品维修进度,已告知预计三天内完成' + i,
  result: '已答复', handlerId: 3, handlerName: '王丽', createdAt: 1.6e12 + i * 60000, createdBy: 3 });
const callIndexes = [['at', 'at'], ['customerId_at', ['customerId', 'at']], ['phone', 'phone'], ['followUpDate', 'followUpDate']];
async function addAll(db, n, per, make) {
  for (let i = 0; i < n; i += per) {
    const tx = db.transaction('s', 'readwrite', { durability: 'relaxed' });
    const s = tx.objectStore('s');
    for (let j = i; j < Math.min(n, i + per); j++) s.add(make(j));
    await done(tx);
  }
}
onmessage = async ({ data: { kind, n } }) => {
  const name = 'floor-' + kind;
  await drop(name);
  const withIndexes = kind === 'callRows';
  const db = await open(name, (d) => { const s = d.createObjectStore('s', { keyPath: 'id' }); if (withIndexes) for (const [ix, path] of callIndexes) s.createIndex(ix, path); });
  const started = performance.now();
  await addAll(db, n, 10000, withIndexes ? call : tiny);
  const result = { kind, rows: n, addMs: performance.now() - started };
  if (kind === 'reads') {
    let t = performance.now();
    for (let i = 0; i < n; i += 5000) {
      const tx = db.transaction('s', 'readonly'); const s = tx.objectStore('s');
      for (let j = i; j < Math.min(n, i + 5000); j++) s.get(j + 1);
      await done(tx);
    }
    result.getMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < n; i += 5000) {
      const tx = db.transaction('s', 'readonly');
      await new Promise((resolve) => { tx.objectStore('s').getAll(IDBKeyRange.bound(i + 1, i + 5000), 5000).onsuccess = resolve; });
    }
    result.getAllMs = performance.now() - t;
  }
  db.close();
  await drop(name);
  postMessage(result);
};`;

async function main() {
  const server = createServer((req, res) => {
    if (req.url === '/worker.js') {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.end(workerSource);
    } else {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><meta charset="utf-8"><title>idb floor</title>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = await mkdtemp(join(tmpdir(), 'idb-floor-'));
  const context = await launchProfile(profile);
  try {
    const page = await context.newPage();
    await page.goto(url);
    const run = (kind, n) =>
      page.evaluate(
        ([k, count]) =>
          new Promise((resolve) => {
            const w = new globalThis.Worker('/worker.js');
            w.onmessage = (e) => {
              resolve(e.data);
              w.terminate();
            };
            w.postMessage({ kind: k, n: count });
          }),
        [kind, n],
      );
    const experiments = [
      ['tinyRows', bigN],
      ['callRows', 100_000],
      ['reads', 100_000],
    ];
    const results = [];
    for (const [kind, n] of experiments) {
      step(`${kind}: ${n} records`);
      results.push(await run(kind, n));
    }
    const us = (ms, n) => ((ms * 1000) / n).toFixed(1);
    const [tinyRows, callRows, reads] = results;
    console.log(`\nIndexedDB on this machine (headless Chromium, in a worker):`);
    console.log(`  add {id}, no index:                ${us(tinyRows.addMs, tinyRows.rows)} µs/record (${tinyRows.rows} in ${(tinyRows.addMs / 1000).toFixed(1)} s)`);
    console.log(`  add a call-sized row, 4 indexes:   ${us(callRows.addMs, callRows.rows)} µs/record`);
    console.log(`  get, one request per record:       ${us(reads.getMs, reads.rows)} µs/record`);
    console.log(`  getAll, pages of 5,000:            ${us(reads.getAllMs, reads.rows)} µs/record`);
    console.log(`  → the least a restore of 1,000,000 records can take here: ${((tinyRows.addMs / tinyRows.rows) * 1000).toFixed(0)} s`);
    await writeResultFile(quick ? 'idb-floor-quick.json' : 'idb-floor.json', { date: new Date().toISOString(), results });
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
