/**
 * The crash-soak page (e2e/soak/): drives the app's real start path, repositories, backup and restore
 * from outside the screens, so a harness can kill the browser at any moment of them and then check
 * what survived. Same origin as the app, so the same IndexedDB; built on its own, never shipped.
 */
import { emptyProductInput } from '@shared/products/product';
import type { Actor } from '@shared/auth/roles';
import { fakeCalls, fakeCustomers, seededRandom } from '../bench/fake-data';
import { createBackup, createKeyring, restoreBackup } from '../db/backup/backup';
import { memoryDeviceKeys } from '../db/backup/memory-device-keys';
import { bulkAddCallLogs, createCallLog } from '../db/call-logs-repo';
import { bulkAddCustomers, createCustomer, getCustomersByIds } from '../db/customers-repo';
import { getDb } from '../db/db';
import { checkIntegrity, type IntegrityReport } from '../db/integrity';
import { peekPointer } from '../db/pointer-db';
import { createProduct } from '../db/products-repo';
import { postReceipt } from '../db/receiving-repo';
import { getSetting, setSetting } from '../db/settings-repo';
import { createFirstSupervisor, createStaff, listStaff } from '../db/staff-repo';
import { openLiveDb, preparePointer } from '../db/start-db';

/** The supervisor every soak profile starts with (the same as the E2E suite's). */
const boss = { name: '周主管', pin: '123456' };
const keeper = { name: '李强', pin: '2222' };

async function staffActors(): Promise<{ boss: Actor; keeper: Actor }> {
  const staff = await listStaff(getDb());
  const find = (name: string): Actor => {
    const s = staff.find((m) => m.name === name);
    if (!s?.id) throw new Error(`no staff member ${name}`);
    return { staffId: s.id, name: s.name, roles: [...s.roles] };
  };
  return { boss: find(boss.name), keeper: find(keeper.name) };
}

/** A supervisor, a warehouse keeper and three products, as a center has them after setting up. */
async function seedStaff(): Promise<void> {
  const db = getDb();
  if ((await db.staff.count()) > 0) return;
  const supervisor = await createFirstSupervisor(db, boss.name, boss.pin);
  await createStaff(db, supervisor, { name: keeper.name, roles: ['warehouse'], active: true }, keeper.pin);
  for (const code of ['SK-1', 'SK-2', 'SK-3']) await createProduct(db, supervisor, { ...emptyProductInput(), code, name: `浸泡测试${code}`, unit: '个' });
}

/** A data set for the restore trials: `customers` and `calls` rows and a marker saying which set it is. */
async function seedDataset(marker: string, customers: number, calls: number): Promise<void> {
  const db = getDb();
  const rand = seededRandom(marker.length * 7919);
  const ids = await bulkAddCustomers(db, fakeCustomers(customers, rand));
  const known = [...(await getCustomersByIds(db, ids))].flatMap(([id, c]) => (c.phones[0] ? [{ id, name: c.name, phone: c.phones[0] }] : []));
  await bulkAddCallLogs(db, fakeCalls(calls, known, Date.now(), 365, rand));
  await setSetting(db, 'soakDataset', marker);
}

let writes = 0;

/** One random write through the repositories: a customer, a call, or a receipt (record, movement, balances, counter, discrepancy, audit). */
async function oneWrite(actors: { boss: Actor; keeper: Actor }, products: number[], n: number): Promise<void> {
  const db = getDb();
  const kind = n % 3;
  if (kind === 0) await createCustomer(db, actors.boss, { name: `客户${n}`, phones: [`139${String(n).padStart(8, '0')}`] });
  else if (kind === 1) await createCallLog(db, actors.boss, { direction: 'in', at: Date.now(), phone: `138${String(n).padStart(8, '0')}`, contact: '张先生', topic: 'consult', content: `咨询 ${n}`, result: '已答复' });
  else {
    const now = Date.now();
    const lines = products.map((productId, i) => ({ productId, noteQty: 5 + i, countedQty: 5 + i - (n % 2) }));
    const confirm = (a: Actor) => ({ staffId: a.staffId, name: a.name, at: now });
    await postReceipt(db, actors.keeper, { deliveryNoteNo: `SOAK-${n}`, lines }, confirm(actors.boss), confirm(actors.keeper), now);
  }
  writes += 1;
}

/** Writes without pause until the browser is killed. */
async function writeLoop(): Promise<void> {
  const actors = await staffActors();
  const products = (await getDb().products.toCollection().primaryKeys()).slice(0, 3);
  for (let n = 0; ; n++) await oneWrite(actors, products, n);
}

interface Fingerprint {
  dataset: string | null;
  customers: number;
  callLogs: number;
  staff: number;
}

async function fingerprint(): Promise<Fingerprint> {
  const db = getDb();
  return {
    dataset: await getSetting<string | null>(db, 'soakDataset', null),
    customers: await db.customers.count(),
    callLogs: await db.callLogs.count(),
    staff: await db.staff.count(),
  };
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * One fixed device key for every soak page and profile, standing in for main's: a browser has none,
 * and the file written by one page is restored by another.
 */
const soakKeyring = () => createKeyring(memoryDeviceKeys(new Uint8Array(32).fill(7)));

/** The backup file of the live data, as base64 for the harness. */
async function backup(): Promise<string> {
  const made = await createBackup(getDb(), { appVersion: 'soak', pcName: 'SOAK', now: Date.now(), keyring: soakKeyring() });
  return toBase64(made.bytes);
}

/**
 * Restores the file at `url` as 从文件恢复… does (supervisor, fresh approval), then opens the app the
 * way the dialog's reload does: the app's own start then runs on the restored data.
 */
async function restore(url: string): Promise<{ ok: boolean; reason?: string }> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const { boss: actor } = await staffActors();
  const approval = { supervisorId: actor.staffId, supervisorName: actor.name, at: Date.now(), note: '浸泡测试' };
  // The soak confirms what a supervisor would tick: its files come from itself, later entries may be lost.
  const result = await restoreBackup(bytes, actor, approval, { fileName: 'soak.shbk', keyring: soakKeyring(), acceptAuditLoss: true });
  if (result.ok) setTimeout(() => window.location.assign('/'), 1200);
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}

async function databases(): Promise<{ names: string[]; active: string | null; replaced: string | null; staging: string[] }> {
  const pointer = await peekPointer();
  return {
    names: (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
    active: pointer?.active ?? null,
    replaced: pointer?.replaced?.name ?? null,
    staging: pointer?.staging.map((s) => s.name) ?? [],
  };
}

const api = {
  seedStaff,
  seedDataset,
  writeLoop: () => void writeLoop(),
  writes: () => writes,
  integrity: (): Promise<IntegrityReport> => checkIntegrity(getDb()),
  fingerprint,
  backup,
  restore,
  databases,
};

declare global {
  interface Window {
    __soak?: typeof api;
  }
}

// The app's own start: the pointer read (and what it proves unneeded deleted), then the live database opened.
void preparePointer()
  .then(openLiveDb)
  .then(
    () => {
      window.__soak = api;
      const status = document.getElementById('status');
      if (status) status.textContent = 'ready';
    },
    (error: unknown) => {
      const status = document.getElementById('status');
      if (status) status.textContent = `failed: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
