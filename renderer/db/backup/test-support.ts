/**
 * Test helpers for backup and restore under vitest (Node + fake-indexeddb). Node 20 has Blob,
 * streams, CompressionStream and WebCrypto, but no `self`, FileReader or localStorage: the first two
 * are what dexie-export-import reads Blobs with, the last holds the active-database pointer.
 */
import { Dexie } from 'dexie';
import type { Approval } from '@shared/auth/approval';
import type { Actor, Staff } from '@shared/auth/roles';
import type { AuditEntry } from '@shared/audit/audit';
import { fakeCalls, fakeCustomers, seededRandom } from '../../bench/fake-data';
import { bulkAddCallLogs } from '../call-logs-repo';
import { bulkAddCustomers, getCustomersByIds } from '../customers-repo';
import { forgetActiveDbName } from '../active-db';
import type { AppDB } from '../db';
import { closePointerDb, pointerDbName } from '../pointer-db';
import { keyringDb } from '../backup-password-repo';
import { encodeBackupFile } from './backup-file';
import { runBackupJob } from './jobs';
import { createKeyring, type BackupKeyring } from './keyring';
import { memoryDeviceKeys } from './memory-device-keys';
import { gzipBlob } from './streams';

class BlobFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: { target: BlobFileReader }) => void) | null = null;
  onerror: ((event: { target: BlobFileReader }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

/** Installs what dexie-export-import and the active-database pointer need, once per test file. */
export function installBrowserShims(): void {
  if (!('self' in globalThis)) Object.assign(globalThis, { self: globalThis });
  if (!('FileReader' in globalThis)) Object.assign(globalThis, { FileReader: BlobFileReader });
  Object.assign(globalThis, { localStorage: new MemoryStorage() });
}

export const now = new Date(2026, 10, 27, 9, 30).getTime();

export const supervisor: Actor = { staffId: 1, name: '陈主管', roles: ['supervisor'] };
export const clerk: Actor = { staffId: 2, name: '王丽', roles: ['frontdesk'] };

export function approvalBy(actor: Actor, at = now): Approval {
  return { supervisorId: actor.staffId, supervisorName: actor.name, at, note: '服务器硬盘更换后恢复' };
}

function staffRow(actor: Actor, active = true): Staff {
  return {
    id: actor.staffId,
    name: actor.name,
    roles: actor.roles,
    pinHash: 'aGFzaA==',
    pinSalt: 'c2FsdA==',
    pinIterations: 150_000,
    active,
    failedAttempts: 0,
    lockedUntil: 0,
    createdAt: now - 86_400_000,
  };
}

/** The two staff every test database starts with: the supervisor who approves and a clerk. */
export async function addStaff(db: AppDB): Promise<void> {
  await db.staff.bulkPut([staffRow(supervisor), staffRow(clerk), staffRow({ staffId: 3, name: '李强', roles: ['warehouse'] }, false)]);
}

function auditRows(calls: number, callIds: readonly number[]): AuditEntry[] {
  return callIds.slice(0, calls).map((id, i) => ({
    at: now - (calls - i) * 60_000,
    staffId: clerk.staffId,
    staffName: clerk.name,
    action: 'create',
    table: 'callLogs',
    recordId: String(id),
    after: { id, content: `第 ${i} 条,含 emoji 📞 与 "引号"`, nested: { list: [1, null, 'x'], flag: false } },
  }));
}

/**
 * A database with `customers` + `calls` + `audit` rows and a few of every other table, including
 * settings with nested values, a voided call and optional fields left out: what a deep-equal must keep.
 */
export async function seedDatabase(db: AppDB, sizes = { customers: 1500, calls: 6000, audit: 3000 }): Promise<number> {
  const rand = seededRandom(7);
  await addStaff(db);
  const ids = await bulkAddCustomers(db, fakeCustomers(sizes.customers, rand));
  const known = [...(await getCustomersByIds(db, ids))].flatMap(([id, c]) => (c.phones[0] ? [{ id, name: c.name, phone: c.phones[0] }] : []));
  const callIds = await bulkAddCallLogs(db, fakeCalls(sizes.calls, known, now, 365, rand));
  const first = callIds[0] ?? 0;
  await db.callLogs.update(first, { voided: { at: now, byId: 1, byName: supervisor.name, reason: '重复登记', approval: approvalBy(supervisor) } });
  await db.auditLog.bulkAdd(auditRows(sizes.audit, callIds));
  await db.settings.bulkPut([
    { key: 'lang', value: 'zh-CN' },
    { key: 'firstRunDone', value: true },
    { key: 'persisted', value: null },
    { key: 'lastBackupAt', value: now - 3_600_000 },
    { key: 'nested', value: { a: [1, 2, { b: '值' }], empty: {}, list: [] } },
  ]);
  await db.exports.bulkAdd(
    Array.from({ length: 20 }, (_, i) => ({
      kind: 'callLogs' as const,
      rangeFrom: '2026-11-01',
      rangeTo: '2026-11-30',
      rowCount: i,
      createdAt: now - i,
      fileName: `电话记录_${i}.xlsx`,
      location: `C:\\导出\\电话记录_${i}.xlsx`,
      sha256: 'd'.repeat(64),
    })),
  );
  await db.templates.put({ id: 'call-register', name: '电话记录表', paper: { widthMm: 210, heightMm: 297 }, orientation: 'portrait', mode: 'full', copyLabels: [], fields: [], statics: [] });
  await db.printProfiles.put({ printerName: 'EPSON LQ-630K', templateId: 'call-register', offsetXMm: 1.5, offsetYMm: -0.5, driftMmPerSheet: 0.1, updatedAt: now });
  return (await Promise.all(db.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
}

/** Every row of every table, in primary-key order: two databases are the same when these deep-equal. */
export async function snapshot(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/**
 * The data databases there are: not the pointer's own small database (tests read it through
 * pointer-db), nor the keyring databases of the backup password (no restore touches them).
 */
export async function databaseNames(): Promise<string[]> {
  return (await Dexie.getDatabaseNames()).filter((n) => n !== pointerDbName && !n.startsWith('test-keyring-') && n !== 'shouhou-keyring').sort();
}

/**
 * The next start of the app after a crash: a new window (nothing in memory), the pointer database read
 * afresh from disk, and localStorage as a crash may leave it — empty, since Chromium writes it out late.
 */
export function crashAndRestart(): void {
  forgetActiveDbName();
  closePointerDb();
  Object.assign(globalThis, { localStorage: new MemoryStorage() });
}

/** A fresh install: no pointer database yet, nothing in memory or in localStorage. */
export async function forgetPointer(): Promise<void> {
  crashAndRestart();
  await Dexie.delete(pointerDbName);
}

/** A backup file around any export JSON: for files a correct program would never write. */
export async function craftBackup(json: string, info: { schemaVersion: number; tables: Record<string, number> }): Promise<Uint8Array> {
  const data = await gzipBlob(new Blob([json]));
  const file = await encodeBackupFile({ appVersion: '9.9.9', createdAt: now, pcName: 'TEST', ...info }, data);
  return file.bytes;
}

/** A PC's keys for a test: its own device key (as main keeps it) and its own keyring database for the backup password. */
export function testKeyring(device = memoryDeviceKeys()): BackupKeyring & { keys: ReturnType<typeof keyringDb> } {
  const keys = keyringDb(`test-keyring-${crypto.randomUUID()}`);
  return Object.assign(createKeyring(device, keys), { keys });
}

/** An old unencrypted backup file (layout 1), as versions before encrypted backups wrote them. */
export async function legacyBackup(db: Dexie, createdAt = now): Promise<Uint8Array> {
  const file = await runBackupJob(db, { appVersion: '0.1.0', pcName: 'PC', createdAt, rowsPerChunk: 5000 });
  return file.bytes;
}
