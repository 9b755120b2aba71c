import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '@shared/audit/audit';
import { splitBackupFile } from '@shared/backup/file-layout';
import { readSealedHeader, sealBackup, unsealBackup, newDataKey } from './seal';
import { activeDbName, setActiveDbName } from '../active-db';
import { setBackupPassword } from '../backup-password-repo';
import { AppDB, schemaVersion } from '../db';
import { openTestDb } from '../test-db';
import { createBackup, inspectBackup, restoreBackup, type BackupKeyring } from './backup';
import { createKeyring } from './keyring';
import { memoryDeviceKeys } from './memory-device-keys';
import { gunzipToBlob } from './streams';
import { approvalBy, craftBackup, databaseNames, installBrowserShims, legacyBackup, now, seedDatabase, snapshot, supervisor, testKeyring } from './test-support';

installBrowserShims();

const password = '仓库后门-2026-备份';
const thisPc = testKeyring();
let source: AppDB;
let sealed: Uint8Array;
let withPassword: Uint8Array;
/** The source's audit trail as `sealed` holds it: the live databases start from it. */
let sourceAudit: AuditEntry[];

/** The live database before each restore attempt: pointed at, with the supervisor who approves. */
async function liveDb(): Promise<AppDB> {
  const db = openTestDb();
  await db.staff.bulkPut(await source.staff.toArray());
  await db.auditLog.bulkAdd(sourceAudit);
  setActiveDbName(db.name);
  return db;
}

beforeAll(async () => {
  source = openTestDb();
  await seedDatabase(source, { customers: 30, calls: 60, audit: 20 });
  sealed = (await createBackup(source, { appVersion: '0.1.0', pcName: '前台电脑', now, keyring: thisPc })).bytes;
  sourceAudit = await source.auditLog.toArray();
  await setBackupPassword(source, supervisor, password, now, thisPc.keys);
  withPassword = (await createBackup(source, { appVersion: '0.1.0', pcName: '前台电脑', now, keyring: thisPc })).bytes;
});

/** The export JSON inside an encrypted file, as this PC opens it. */
async function innerJson(file: Uint8Array, keyring: BackupKeyring = thisPc): Promise<{ json: string; tables: Record<string, number> }> {
  const header = readSealedHeader(file);
  if (!header.ok) throw new Error(header.reason);
  const own = await keyring.unwrap(header.header.keys);
  if (!own.ok) throw new Error(own.reason);
  const inner = await unsealBackup(header, own.dataKey);
  const parts = inner && splitBackupFile(inner);
  if (!parts?.ok) throw new Error('no inner file');
  const manifest = JSON.parse(new TextDecoder().decode(parts.manifestBytes)) as { tables: Record<string, number> };
  return { json: await (await gunzipToBlob(parts.data)).text(), tables: manifest.tables };
}

/** The export with one more staff row: a supervisor the center never made (PIN 0000's hash, say). */
function withForgedSupervisor(json: string, tables: Record<string, number>) {
  const forged = '{"id":99,"name":"假主管","roles":["supervisor"],"pinHash":"Zm9yZ2Vk","pinSalt":"c2FsdA==","pinIterations":150000,"active":true,"failedAttempts":0,"lockedUntil":0,"createdAt":1}';
  const at = json.indexOf('"tableName":"staff","inbound":true,"rows":[') + '"tableName":"staff","inbound":true,"rows":['.length;
  const count = (tables.staff ?? 0) + 1;
  const text = (json.slice(0, at) + forged + ',' + json.slice(at)).replace(/("name":"staff","schema":"[^"]*","rowCount":)\d+/, `$1${count}`);
  return { json: text, tables: { ...tables, staff: count } };
}

async function unchanged(live: AppDB, attempt: () => Promise<unknown>): Promise<void> {
  const before = await snapshot(live);
  const names = await databaseNames();
  await attempt();
  expect(await snapshot(live)).toEqual(before);
  expect(await databaseNames()).toEqual(names);
  expect(activeDbName()).toBe(live.name);
}

describe('encrypted backups: a bit flip anywhere is refused as 文件已被改动或损坏', () => {
  it('every bit position of the magic and header lines, and bits spread over the ciphertext', async () => {
    const header = readSealedHeader(sealed);
    if (!header.ok) throw new Error(header.reason);
    const positions = [
      ...Array.from({ length: header.headerBytes.length * 8 }, (_, bit) => bit),
      ...Array.from({ length: 120 }, (_, i) => (header.headerBytes.length + Math.floor((i * header.data.length) / 120)) * 8 + (i % 8)),
      (sealed.length - 1) * 8,
    ];
    const live = await liveDb();
    const reasons = new Map<string, number>();
    for (const bit of positions) {
      const copy = sealed.slice();
      copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      const result = await inspectBackup(copy, { keyring: thisPc, live });
      const reason = result.ok ? 'accepted' : result.reason;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    expect(Object.fromEntries(reasons)).toEqual({ 'backup.error.tampered': positions.length });
    await live.delete();
  });

  it('a truncated copy, and a restore of a changed file, change nothing', async () => {
    const live = await liveDb();
    expect(await inspectBackup(sealed.slice(0, Math.floor(sealed.length * 0.6)), { keyring: thisPc, live })).toEqual({ ok: false, reason: 'backup.error.tampered' });
    const flipped = sealed.slice();
    flipped[sealed.length >> 1] = (flipped[sealed.length >> 1] ?? 0) ^ 0x10;
    await unchanged(live, async () => {
      const result = await restoreBackup(flipped, supervisor, approvalBy(supervisor), { live, now, keyring: thisPc, acceptAuditLoss: true, acceptUnprotected: true });
      expect(result).toEqual({ ok: false, reason: 'backup.error.tampered' });
    });
    await live.delete();
  });
});

describe('a forged file cannot pass without the key', () => {
  it('an added supervisor with a recomputed checksum, encrypted again under this file’s own header: refused', async () => {
    const { json, tables } = await innerJson(sealed);
    const forged = withForgedSupervisor(json, tables);
    const inner = await craftBackup(forged.json, { schemaVersion, tables: forged.tables });
    const header = readSealedHeader(sealed);
    if (!header.ok) throw new Error(header.reason);
    // The forger keeps this PC's wrapped key (which they cannot open) and uses a data key of their own.
    const file = await sealBackup(inner, { appVersion: header.header.appVersion, createdAt: header.header.createdAt, pcName: header.header.pcName }, newDataKey(), header.header.keys);
    const live = await liveDb();
    await unchanged(live, async () => {
      expect(await inspectBackup(file, { keyring: thisPc, live })).toEqual({ ok: false, reason: 'backup.error.tampered' });
      expect(await restoreBackup(file, supervisor, approvalBy(supervisor), { live, now, keyring: thisPc, acceptAuditLoss: true })).toEqual({
        ok: false,
        reason: 'backup.error.tampered',
      });
    });
    await live.delete();
  });

  it('the same forgery under the forger’s own device key or password is another PC’s file: no password slot → refused, a password slot → only that password', async () => {
    const { json, tables } = await innerJson(sealed);
    const forged = withForgedSupervisor(json, tables);
    const inner = await craftBackup(forged.json, { schemaVersion, tables: forged.tables });
    const info = { appVersion: '9.9.9', createdAt: now, pcName: 'TEST' };
    const theirs = memoryDeviceKeys();
    const dataKey = newDataKey();
    const deviceOnly = await sealBackup(inner, info, dataKey, [await theirs.wrap(dataKey)]);
    const live = await liveDb();
    expect(await inspectBackup(deviceOnly, { keyring: thisPc, live })).toEqual({ ok: false, reason: 'backup.error.otherDevice' });
    const forger = testKeyring(theirs);
    await setBackupPassword(source, supervisor, 'forger-password', now, forger.keys);
    const withTheirPassword = await sealBackup(inner, info, dataKey, await forger.wrap(dataKey));
    expect(await inspectBackup(withTheirPassword, { keyring: thisPc, live })).toMatchObject({ ok: false, reason: 'needsPassword', origin: { pcName: 'TEST' } });
    expect(await inspectBackup(withTheirPassword, { keyring: thisPc, live, password })).toEqual({ ok: false, reason: 'backup.error.wrongPassword' });
    await live.delete();
  });
});

describe('a backup from another PC', () => {
  it('says it needs the backup password, refuses a wrong one, and restores with the right one (audited as opened by the password)', async () => {
    const otherPc = testKeyring();
    const live = await liveDb();
    expect(await inspectBackup(withPassword, { keyring: otherPc, live })).toMatchObject({ ok: false, reason: 'needsPassword', origin: { pcName: '前台电脑', createdAt: now } });
    expect(await inspectBackup(withPassword, { keyring: otherPc, live, password: 'not it' })).toEqual({ ok: false, reason: 'backup.error.wrongPassword' });
    expect(await restoreBackup(withPassword, supervisor, approvalBy(supervisor), { live, now, keyring: otherPc })).toEqual({ ok: false, reason: 'backup.error.needsPassword' });
    const result = await restoreBackup(withPassword, supervisor, approvalBy(supervisor), { live, now, keyring: otherPc, password });
    expect(result).toMatchObject({ ok: true });
    const restored = new AppDB(activeDbName());
    const entry = (await restored.auditLog.toArray()).at(-1);
    expect(entry?.after).toMatchObject({ protection: 'password', auditLost: 0 });
    await restored.delete();
    await live.delete();
  });

  it('a backup made without a password opens on no other PC', async () => {
    const live = await liveDb();
    expect(await inspectBackup(sealed, { keyring: testKeyring(), live })).toEqual({ ok: false, reason: 'backup.error.otherDevice' });
    expect(await inspectBackup(sealed, { keyring: createKeyring(null, testKeyring().keys), live })).toEqual({ ok: false, reason: 'backup.error.otherDevice' });
    await live.delete();
  });

  it('the browser that made it opens it by the kept password key, without asking', async () => {
    const live = await liveDb();
    const browser = createKeyring(null, thisPc.keys);
    expect(await inspectBackup(withPassword, { keyring: browser, live })).toMatchObject({ ok: true, protection: 'password' });
    await live.delete();
  });
});

describe('old unencrypted backups (layout 1)', () => {
  it('are restored only with the supervisor’s explicit word, which the restore’s audit entry keeps', async () => {
    const legacy = await legacyBackup(source);
    const live = await liveDb();
    const inspected = await inspectBackup(legacy, { keyring: thisPc, live });
    expect(inspected).toMatchObject({ ok: true, protection: 'unprotected' });
    await unchanged(live, async () => {
      expect(await restoreBackup(legacy, supervisor, approvalBy(supervisor), { live, now, keyring: thisPc })).toEqual({ ok: false, reason: 'backup.error.unprotected' });
    });
    const result = await restoreBackup(legacy, supervisor, approvalBy(supervisor), { live, now, keyring: thisPc, acceptUnprotected: true });
    expect(result.ok).toBe(true);
    const restored = new AppDB(activeDbName());
    expect((await restored.auditLog.toArray()).at(-1)?.after).toMatchObject({ protection: 'unprotected', unprotectedConfirmed: true });
    await restored.delete();
    await live.delete();
  });

  it('a forged supervisor in an old file shows in the staff changes before anyone approves', async () => {
    const legacy = await legacyBackup(source);
    const parts = splitBackupFile(legacy);
    if (!parts.ok) throw new Error(parts.reason);
    const manifest = JSON.parse(new TextDecoder().decode(parts.manifestBytes)) as { tables: Record<string, number> };
    const forged = withForgedSupervisor(await (await gunzipToBlob(parts.data)).text(), manifest.tables);
    const file = await craftBackup(forged.json, { schemaVersion, tables: forged.tables });
    const live = await liveDb();
    const inspected = await inspectBackup(file, { keyring: thisPc, live });
    expect(inspected.ok && inspected.preview.staff).toEqual([{ kind: 'added', name: '假主管', roles: ['supervisor'] }]);
    await live.delete();
  });
});

describe('what a restore changes in the audit trail and the staff', () => {
  it('a file whose audit trail lacks today’s entries is refused unless the loss is confirmed, and the count is kept', async () => {
    const live = await liveDb();
    await live.auditLog.bulkAdd([1, 2, 3].map((i) => ({ at: now + i, staffId: 1, staffName: supervisor.name, action: 'create' as const, table: 'callLogs', recordId: `after-${i}` })));
    const inspected = await inspectBackup(sealed, { keyring: thisPc, live });
    expect(inspected.ok && inspected.preview.audit).toEqual({ live: 23, file: 20, lost: 3 });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await unchanged(live, async () => {
      expect(await restoreBackup(sealed, supervisor, approvalBy(supervisor), { live, now, keyring: thisPc })).toEqual({ ok: false, reason: 'backup.error.auditLoss' });
    });
    vi.restoreAllMocks();
    const result = await restoreBackup(sealed, supervisor, approvalBy(supervisor), { live, now, keyring: thisPc, acceptAuditLoss: true });
    expect(result.ok).toBe(true);
    const restored = new AppDB(activeDbName());
    expect((await restored.auditLog.toArray()).at(-1)?.after).toMatchObject({ protection: 'device', auditLost: 3, auditLossConfirmed: true });
    await restored.delete();
    await live.delete();
  });

  it('an audit trail of the same length but other entries (another PC’s) counts as lost too', async () => {
    const live = openTestDb();
    await live.staff.bulkPut(await source.staff.toArray());
    await live.auditLog.bulkAdd(sourceAudit.map((e) => ({ ...e, recordId: `elsewhere-${e.recordId}` })));
    const inspected = await inspectBackup(sealed, { keyring: thisPc, live });
    expect(inspected.ok && inspected.preview.audit).toEqual({ live: 20, file: 20, lost: 20 });
    await live.delete();
  });

  it('shows people removed and PINs changed', async () => {
    const live = await liveDb();
    await live.staff.update(1, { pinHash: 'bmV3' });
    await live.staff.add({ name: '新来的', roles: ['frontdesk'], pinHash: 'x', pinSalt: 'y', pinIterations: 150_000, active: true, failedAttempts: 0, lockedUntil: 0, createdAt: now });
    const inspected = await inspectBackup(sealed, { keyring: thisPc, live });
    expect(inspected.ok && inspected.preview.staff).toEqual([
      { kind: 'changed', name: supervisor.name, pinChanged: true },
      { kind: 'removed', name: '新来的', roles: ['frontdesk'] },
    ]);
    await live.delete();
  });
});
