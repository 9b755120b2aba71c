/**
 * The crash soak's machinery: the soak page built on its own (renderer/soak.html, never in the app's
 * build), one server for the app and that page (one origin, so one IndexedDB), Chromium started with a
 * persistent profile per trial and killed with SIGKILL, and the two kinds of trial:
 * - writes: kill at a random moment while the real repositories write; the next start must open the
 *   app, and every record must have its audit entry (and the reverse), with no half-written receipt;
 * - restore: kill at a random moment during a restore or in the two minutes after it; the next start
 *   must open either the complete old data or the complete restored data, never an empty app, and no
 *   staging database may be left.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import type { SoakFingerprint } from './soak-api';

const root = resolve(import.meta.dirname, '..', '..');
/** The built app (SOAK_APP_DIR: a copy, so a long soak is not disturbed by a rebuild meanwhile). */
export const appDir = resolve(process.env.SOAK_APP_DIR ?? resolve(root, 'out', 'renderer'));
export const soakDir = resolve(process.env.SOAK_PAGE_DIR ?? resolve(root, 'out', 'soak-renderer'));

/** Builds renderer/soak.html alone into out/soak-renderer, served under /soak/. */
export async function buildSoakPage(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('soak') },
    root: resolve(root, 'renderer'),
    base: '/soak/',
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    worker: { format: 'es' },
    build: { outDir: soakDir, emptyOutDir: true, rollupOptions: { input: { soak: resolve(root, 'renderer', 'soak.html') } } },
  });
}

const mime: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png' };

async function fileFor(dir: string, path: string, spa: boolean): Promise<string | null> {
  const candidate = normalize(join(dir, path === '/' ? 'index.html' : path));
  if (candidate !== dir && !candidate.startsWith(dir + sep)) return null;
  if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
  return spa && extname(candidate) === '' ? join(dir, 'index.html') : null;
}

export interface SoakServer {
  url: string;
  /** Files served from memory under /soak-data/<name> (the backup to restore). */
  data: Map<string, Buffer>;
  close: () => Promise<void>;
}

/** The app at /, the soak page at /soak/, in-memory files at /soak-data/: one origin on 127.0.0.1. */
export async function startSoakServer(): Promise<SoakServer> {
  if (!existsSync(join(appDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
  const data = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/soak-data/')) {
      const bytes = data.get(path.slice('/soak-data/'.length));
      if (!bytes) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' }).end(bytes);
    }
    const [dir, rest, spa] = path.startsWith('/soak/') ? [soakDir, path.slice('/soak'.length), false] : [appDir, path, true];
    void fileFor(dir, rest, spa).then((file) => {
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': mime[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, data, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface Running {
  browser: Browser;
  page: Page;
  process: ChildProcess;
  /** Uncaught errors in the app's pages. */
  pageErrors: string[];
}

const chromiumArgs = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--password-store=basic', '--remote-debugging-port=0'];

/** Starts Chromium on `profile` (kept between starts of one trial) and connects to it over CDP. */
export async function launch(profile: string): Promise<Running> {
  const child = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [...chromiumArgs, `--user-data-dir=${profile}`, 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise<string>((ok, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${text.slice(-500)}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}): ${text.slice(-500)}`)));
  });
  child.stderr?.resume();
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  context.on('weberror', (e) => pageErrors.push(e.error().message));
  return { browser, page, process: child, pageErrors };
}

/** Pids of processes started on `profile` (Chromium's helpers carry the user-data-dir in their arguments). */
function pidsOn(profile: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${profile}`) || line.includes(profile))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid);
}

/** A crash: SIGKILL to the browser's process group, then to any helper of this profile still alive. */
export async function kill(running: Running, profile: string): Promise<void> {
  const pid = running.process.pid;
  const exited = new Promise<void>((ok) => (running.process.exitCode !== null ? ok() : running.process.once('exit', () => ok())));
  if (pid) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await exited;
  for (let round = 0; round < 20; round++) {
    const left = pidsOn(profile);
    if (left.length === 0) break;
    for (const p of left) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    await sleep(100);
  }
  await running.browser.close().catch(() => undefined);
}

/** A normal end of a start (the checks are done): close, then make sure nothing of it is left. */
export async function shutDown(running: Running, profile: string): Promise<void> {
  await running.browser.close().catch(() => undefined);
  await kill(running, profile);
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'shouhou-soak-'));
}

export function dropProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

/** Opens the soak page and waits until it has run the app's start path. */
export async function openSoakPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/soak/soak.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'loading', null, { timeout: 120_000 });
  const status = await page.textContent('#status');
  if (status !== 'ready') throw new Error(`the soak page did not start: ${status}`);
}

export type AppStart = 'signIn' | 'createSupervisor' | 'blocked' | 'timeout';

/** Opens the real app and reports what its start shows: the sign-in list (data there), 创建主管账号 (an empty app), or a blocked screen. */
export async function startApp(page: Page, url: string): Promise<AppStart> {
  await page.goto(`${url}/`);
  const signIn = page.getByRole('group', { name: '员工列表' });
  const empty = page.getByRole('heading', { name: '创建主管账号', exact: true });
  const blocked = page.locator('#blocked-title');
  try {
    await signIn.or(empty).or(blocked).first().waitFor({ timeout: 90_000 });
  } catch {
    return 'timeout';
  }
  if (await signIn.isVisible()) return 'signIn';
  return (await empty.isVisible()) ? 'createSupervisor' : 'blocked';
}

export interface WriteTrial {
  start: AppStart;
  pageErrors: string[];
  writes: number;
  records: number;
  withoutAudit: number;
  auditWithoutRecord: number;
  halfWritten: number;
  killedAfterMs: number;
}

/** One writes trial: seed, write without pause, SIGKILL after `killAfterMs`, start again and check. */
export async function writeTrial(url: string, killAfterMs: number): Promise<WriteTrial> {
  const profile = newProfile();
  try {
    const first = await launch(profile);
    await openSoakPage(first.page, url);
    await first.page.evaluate(() => window.__soak?.seedStaff());
    await first.page.evaluate(() => window.__soak?.writeLoop());
    await sleep(killAfterMs);
    const writes = await first.page.evaluate(() => window.__soak?.writes() ?? 0).catch(() => -1);
    await kill(first, profile);

    const second = await launch(profile);
    const start = await startApp(second.page, url);
    await openSoakPage(second.page, url);
    const report = await second.page.evaluate(() => window.__soak?.integrity());
    const errors = [...second.pageErrors];
    await shutDown(second, profile);
    if (!report) throw new Error('no integrity report');
    return {
      start,
      pageErrors: errors,
      writes,
      records: report.records,
      withoutAudit: report.withoutAudit.length,
      auditWithoutRecord: report.auditWithoutRecord.length,
      halfWritten: report.halfWritten.length,
      killedAfterMs: killAfterMs,
    };
  } finally {
    dropProfile(profile);
  }
}

export type Fingerprint = SoakFingerprint;

/** The data a restore puts back: seeded in its own profile once per run, backed up, served at /soak-data/restored.shbk. */
export async function prepareRestoredBackup(server: SoakServer, size: { customers: number; calls: number }): Promise<Fingerprint> {
  const profile = newProfile();
  try {
    const running = await launch(profile);
    await openSoakPage(running.page, server.url);
    await running.page.evaluate(() => window.__soak?.seedStaff());
    await running.page.evaluate(([c, l]) => window.__soak?.seedDataset('restored', c, l), [size.customers, size.calls] as const);
    const fp = await running.page.evaluate(() => window.__soak?.fingerprint());
    const base64 = await running.page.evaluate(() => window.__soak?.backup());
    await shutDown(running, profile);
    if (!fp || !base64) throw new Error('the backup to restore could not be made');
    server.data.set('restored.shbk', Buffer.from(base64, 'base64'));
    return fp;
  } finally {
    dropProfile(profile);
  }
}

export interface RestoreTrial {
  /** Whether the kill came before the restore had reported success. */
  phase: 'during' | 'after';
  killedAfterMs: number;
  restoreMs: number | null;
  start: AppStart;
  pageErrors: string[];
  outcome: 'old' | 'restored' | 'other';
  fingerprint: Fingerprint | null;
  /** Databases that are neither the pointer, nor the live one, nor the copy kept for undo. */
  leftovers: string[];
}

const same = (a: Fingerprint, b: Fingerprint) => a.dataset === b.dataset && a.customers === b.customers && a.callLogs === b.callLogs && a.staff === b.staff;

/**
 * One restore trial: old data seeded, the restore started, SIGKILL after `killAfterMs` from its start
 * (during it, or in the minutes after, while the app restarts on the restored data); then a start and
 * the checks.
 */
export async function restoreTrial(url: string, restoredFp: Fingerprint, killAfterMs: number, oldSize = { customers: 150, calls: 300 }): Promise<RestoreTrial> {
  const profile = newProfile();
  try {
    const first = await launch(profile);
    await openSoakPage(first.page, url);
    await first.page.evaluate(() => window.__soak?.seedStaff());
    await first.page.evaluate(([c, l]) => window.__soak?.seedDataset('old', c, l), [oldSize.customers, oldSize.calls] as const);
    const oldFp = await first.page.evaluate(() => window.__soak?.fingerprint());
    if (!oldFp) throw new Error('no fingerprint of the old data');
    const started = Date.now();
    let restoreMs: number | null = null;
    void first.page
      .evaluate((u) => window.__soak?.restore(u), `${url}/soak-data/restored.shbk`)
      .then((r) => {
        if (r?.ok) restoreMs = Date.now() - started;
      })
      .catch(() => undefined);
    await sleep(killAfterMs);
    const phase = restoreMs === null ? 'during' : 'after';
    await kill(first, profile);

    const second = await launch(profile);
    const start = await startApp(second.page, url);
    await openSoakPage(second.page, url);
    const fp = (await second.page.evaluate(() => window.__soak?.fingerprint())) ?? null;
    const dbs = await second.page.evaluate(() => window.__soak?.databases());
    const errors = [...second.pageErrors];
    await shutDown(second, profile);
    const known = new Set(['shouhou-center.pointer', dbs?.active ?? '', dbs?.replaced ?? '']);
    const outcome = fp && same(fp, oldFp) ? 'old' : fp && same(fp, restoredFp) ? 'restored' : 'other';
    return { phase, killedAfterMs: killAfterMs, restoreMs, start, pageErrors: errors, outcome, fingerprint: fp, leftovers: (dbs?.names ?? []).filter((n) => !known.has(n)) };
  } finally {
    dropProfile(profile);
  }
}

/** Measures one restore of the prepared backup (no kill), for choosing the kill moments "during". */
export async function measureRestore(url: string): Promise<number> {
  const profile = newProfile();
  try {
    const running = await launch(profile);
    await openSoakPage(running.page, url);
    await running.page.evaluate(() => window.__soak?.seedStaff());
    const started = Date.now();
    const result = await running.page.evaluate((u) => window.__soak?.restore(u), `${url}/soak-data/restored.shbk`);
    const ms = Date.now() - started;
    await sleep(1500);
    await shutDown(running, profile);
    if (!result?.ok) throw new Error(`the measuring restore failed: ${result?.reason ?? '?'}`);
    return ms;
  } finally {
    dropProfile(profile);
  }
}

export interface Summary {
  writes: { trials: number; started: number; withoutAudit: number; auditWithoutRecord: number; halfWritten: number; pageErrors: number; recordsChecked: number };
  restores: { trials: number; during: number; after: number; old: number; restored: number; other: number; empty: number; notStarted: number; leftovers: number; pageErrors: number };
}

export function summarize(writes: WriteTrial[], restores: RestoreTrial[]): Summary {
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  return {
    writes: {
      trials: writes.length,
      started: writes.filter((w) => w.start === 'signIn').length,
      withoutAudit: sum(writes.map((w) => w.withoutAudit)),
      auditWithoutRecord: sum(writes.map((w) => w.auditWithoutRecord)),
      halfWritten: sum(writes.map((w) => w.halfWritten)),
      pageErrors: sum(writes.map((w) => w.pageErrors.length)),
      recordsChecked: sum(writes.map((w) => w.records)),
    },
    restores: {
      trials: restores.length,
      during: restores.filter((r) => r.phase === 'during').length,
      after: restores.filter((r) => r.phase === 'after').length,
      old: restores.filter((r) => r.outcome === 'old').length,
      restored: restores.filter((r) => r.outcome === 'restored').length,
      other: restores.filter((r) => r.outcome === 'other').length,
      empty: restores.filter((r) => r.start === 'createSupervisor').length,
      notStarted: restores.filter((r) => r.start !== 'signIn').length,
      leftovers: sum(restores.map((r) => r.leftovers.length)),
      pageErrors: sum(restores.map((r) => r.pageErrors.length)),
    },
  };
}
