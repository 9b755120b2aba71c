/**
 * Backup and restore of the 10-year volume (issue 3): the real createBackup / restoreBackup on a
 * database of ~1M rows. The seeded database is kept in the browser profile between runs
 * (bench/run.mjs uses a persistent profile on a fixed port), because seeding takes minutes.
 */
import { totalRows } from '@shared/backup/manifest';
import type { Actor } from '@shared/auth/roles';
import { activeDbName, defaultDbName, setActiveDbName } from '../db/active-db';
import { createBackup, restoreBackup, type BackupProgress, type JobStats } from '../db/backup/backup';
import { setBackupThreading } from '../db/backup/job-client';
import { createKeyring } from '../db/backup/keyring';
import { memoryDeviceKeys } from '../db/backup/memory-device-keys';
import { keyringDb } from '../db/backup-password-repo';
import { AppDB } from '../db/db';
import { createFirstSupervisor, listStaff } from '../db/staff-repo';
import { usedHeapBytes } from '../export/progress';
import { heapMb } from './harness';
import { startMonitor } from './monitor';
import { seedTenYears, tenYearPlan, type TenYearPlan } from './ten-year-data';

const sourceName = 'bench-ten-years';
/**
 * A fixed device key stands in for the one Electron's main process keeps, so a backup cached by an
 * earlier run (loadBackup) still opens: the benchmark measures the encryption, not key handling.
 */
const benchKeyring = createKeyring(memoryDeviceKeys(new Uint8Array(32).fill(7)), keyringDb('bench-keyring'));
let lastBackup: Uint8Array | null = null;

async function counts(db: AppDB): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}

function matchesPlan(c: Record<string, number>, plan: TenYearPlan): boolean {
  return c.customers === plan.customers && c.callLogs === plan.calls && (c.auditLog ?? 0) >= plan.shipments + plan.otherAudit;
}

async function supervisorOf(db: AppDB): Promise<Actor> {
  const first = (await listStaff(db)).find((s) => s.roles.includes('supervisor'));
  if (first?.id !== undefined) return { staffId: first.id, name: first.name, roles: first.roles };
  return createFirstSupervisor(db, '陈刚', '444444');
}

/** Seeds the ten-year database unless the profile already holds it with the same plan. */
export async function seed(p: { scale: number; force?: boolean }) {
  const plan: TenYearPlan = {
    customers: Math.round(tenYearPlan.customers * p.scale),
    calls: Math.round(tenYearPlan.calls * p.scale),
    shipments: Math.round(tenYearPlan.shipments * p.scale),
    otherAudit: Math.round(tenYearPlan.otherAudit * p.scale),
  };
  let db = new AppDB(sourceName);
  if (!p.force && matchesPlan(await counts(db), plan)) {
    const c = await counts(db);
    db.close();
    return { reused: true, ms: 0, rows: Object.values(c).reduce((a, b) => a + b, 0), tables: c };
  }
  await db.delete();
  db = new AppDB(sourceName);
  const t0 = performance.now();
  await seedTenYears(db, plan, await supervisorOf(db));
  const ms = performance.now() - t0;
  const c = await counts(db);
  db.close();
  return { reused: false, ms, rows: Object.values(c).reduce((a, b) => a + b, 0), tables: c };
}

/** The first time each phase was reported, ms from the start. */
function phaseClock(t0: number) {
  const phases: Partial<Record<BackupProgress['phase'], number>> = {};
  return { phases, onProgress: (e: BackupProgress) => (phases[e.phase] ??= Math.round(performance.now() - t0)) };
}

export async function backup() {
  const db = new AppDB(sourceName);
  await db.open();
  const monitor = startMonitor();
  const t0 = performance.now();
  const clock = phaseClock(t0);
  let stats: JobStats | null = null;
  const created = await createBackup(db, { appVersion: 'bench', pcName: 'bench', onProgress: clock.onProgress, onStats: (s) => (stats = s), keyring: benchKeyring });
  const ms = performance.now() - t0;
  const { maxGapMs, peakHeapBytes } = monitor.stop();
  db.close();
  lastBackup = created.bytes;
  return { ms, rows: totalRows(created.manifest), tables: created.manifest.tables, fileMb: created.bytes.length / 1024 / 1024, phases: clock.phases, stats, maxGapMs, peakHeapMb: heapMb(peakHeapBytes) };
}

/** Keeps the last backup file beside the results, so `restore` can run on its own later. */
export async function saveBackup(p: { url: string }) {
  if (!lastBackup) throw new Error('run "backup" first');
  const res = await fetch(p.url, { method: 'PUT', body: new Blob([new Uint8Array(lastBackup)]) });
  if (!res.ok) throw new Error(`saving the backup failed: ${res.status}`);
  return { bytes: lastBackup.length };
}

export async function loadBackup(p: { url: string }) {
  const res = await fetch(p.url);
  if (!res.ok) return { found: false, bytes: 0 };
  lastBackup = new Uint8Array(await res.arrayBuffer());
  return { found: true, bytes: lastBackup.length };
}

/** Restores the last backup over a small live database (with the approving supervisor), then checks and drops the result. */
export async function restore(p: { rowsPerTransaction?: number } = {}) {
  if (!lastBackup) throw new Error('run "backup" or "loadBackup" first');
  const live = new AppDB(`bench-live-${Date.now()}`);
  const actor = await createFirstSupervisor(live, '陈刚', '444444');
  setActiveDbName(live.name);
  const approval = { supervisorId: actor.staffId, supervisorName: actor.name, at: Date.now(), note: 'bench' };
  const monitor = startMonitor();
  const t0 = performance.now();
  const clock = phaseClock(t0);
  let stats: JobStats | null = null;
  const result = await restoreBackup(lastBackup, actor, approval, {
    live,
    rowsPerTransaction: p.rowsPerTransaction,
    onProgress: clock.onProgress,
    onStats: (s) => (stats = s),
    keyring: benchKeyring,
    acceptAuditLoss: true,
    acceptUnprotected: true, // a file cached before backups were encrypted
  });
  const ms = performance.now() - t0;
  const { maxGapMs, peakHeapBytes } = monitor.stop();
  if (!result.ok) throw new Error(`restore refused: ${result.reason}`);
  const restored = new AppDB(activeDbName());
  const got = await counts(restored);
  const expected = { ...result.manifest.tables, auditLog: (result.manifest.tables.auditLog ?? 0) + 1 };
  const verified = Object.entries(expected).every(([t, n]) => got[t] === n);
  await restored.delete();
  setActiveDbName(defaultDbName);
  return { ms, rows: totalRows(result.manifest), verified, phases: clock.phases, stats, maxGapMs, peakHeapMb: heapMb(peakHeapBytes), heapAfterMb: heapMb(usedHeapBytes()) };
}

export function threading(p: { mode: 'worker' | 'inline' }) {
  setBackupThreading(p.mode);
  return {};
}

export function dropBackup() {
  lastBackup = null;
  return {};
}
