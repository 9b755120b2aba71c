// What every benchmark script shares: headless Chromium launched one way, a bench page built with Vite,
// served, opened and driven through its `window.__bench.run(name, params)` (renderer/bench/harness.ts),
// progress on stderr, and the machine description written with the results under bench/results.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from './serve.mjs';
import { benchPageConfig } from './vite.bench.config.mjs';

export const benchDir = import.meta.dirname;
export const rootDir = resolve(benchDir, '..');
export const resultsDir = join(benchDir, 'results');

export const hasFlag = (flag) => process.argv.includes(flag);

/** Progress for the person watching; stdout keeps only the tables. */
export const step = (msg) => process.stderr.write(`… ${msg}\n`);

const baseArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launch options for the system Chromium (never a downloaded one), with `extraArgs` after the usual flags. */
export function chromiumOptions(extraArgs = []) {
  return { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...baseArgs, ...extraArgs] };
}

export const launchBrowser = (extraArgs = []) => chromium.launch(chromiumOptions(extraArgs));

/** A persistent profile in `dir`: IndexedDB survives between runs, so slow seeding happens once. */
export function launchProfile(dir, { args = [], ...options } = {}) {
  return chromium.launchPersistentContext(dir, { ...chromiumOptions(args), headless: true, ...options });
}

/** Builds renderer/<page>.html alone into `outDir` (the app is not built). */
export async function buildBenchPage(page, outDir) {
  await build({ configFile: false, logLevel: 'warn', ...benchPageConfig(page, outDir) });
}

/**
 * Opens `${url}/<page>.html` in a new tab of `target` (a browser or a persistent context) and waits for
 * the page's "ready"; `run(name, params)` calls one of its benchmarks and resolves to its result.
 */
export async function openBenchPage(target, url, page) {
  const tab = await target.newPage();
  tab.on('pageerror', (e) => console.error('[page error]', e.message));
  tab.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
  await tab.goto(`${url}/${page}.html`);
  // These arrow functions run in the page (globalThis is its window).
  await tab.waitForFunction(() => globalThis.document.getElementById('status')?.textContent === 'ready', null, { timeout: 30_000 });
  const run = (name, params = {}) => tab.evaluate(([n, p]) => globalThis.__bench.run(n, p), [name, params]);
  return { page: tab, run };
}

/** When, on what: the head of every results file. */
export function machineMeta(chromiumVersion) {
  return { date: new Date().toISOString(), chromium: chromiumVersion, node: process.version, cpu: `${cpus()[0]?.model ?? '?'} ×${cpus().length}`, memoryGb: Math.round(totalmem() / 1024 ** 3) };
}

/** Writes bench/results/<file> as indented JSON. */
export async function writeResultFile(file, data) {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, file), `${JSON.stringify(data, null, 2)}\n`);
}

/** Milliseconds for the plain tables: two decimals below 10, none above, a dash when missing. */
export const fmtMs = (n) => (n === null || n === undefined ? '—' : n < 10 ? n.toFixed(2) : n.toFixed(0));

export const tableHeader = (first = 'benchmark') => console.log([first, 'median ms', 'p95 ms', 'max ms', 'target ms', 'verdict'].join(' | '));

/**
 * One page's benchmarks end to end (bench/stock.mjs, slips.mjs, service.mjs): builds renderer/<page>.html
 * into out/<page> unless --no-build, serves it on 127.0.0.1, runs `measure({ run, page })`, prints
 * `report(results, chromiumVersion)`, writes bench/results/<resultFile> with { meta, results }, then
 * `after(run)` (e.g. dropping the page's database) before closing the browser.
 */
export async function runPageBench({ page, chromiumArgs = [], measure, report, resultFile, plan, targets, after }) {
  const outDir = join(rootDir, 'out', page);
  if (!hasFlag('--no-build')) await buildBenchPage(page, outDir);
  const server = await serveStatic(outDir, `${page}.html`);
  const browser = await launchBrowser(chromiumArgs);
  try {
    const opened = await openBenchPage(browser, server.url, page);
    const results = await measure(opened);
    const version = browser.version();
    report(results, version);
    await writeResultFile(resultFile, { meta: { ...machineMeta(version), plan, targets }, results });
    await after?.(opened.run);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The Chromium version of a persistent context (it has no browser() to ask): over the DevTools protocol. */
export async function contextChromiumVersion(context, page) {
  const browserVersion = context.browser()?.version();
  if (browserVersion) return browserVersion;
  const cdp = await context.newCDPSession(page ?? context.pages()[0] ?? (await context.newPage()));
  return (await cdp.send('Browser.getVersion')).product;
}
