import { afterEach, describe, expect, it } from 'vitest';
import { backupMagic, splitBackupFile } from '@shared/backup/file-layout';
import { sealedMagic } from '@shared/backup/sealed-layout';
import { schemaVersion } from '../db';
import { setBackupPassword } from '../backup-password-repo';
import { openTestDb } from '../test-db';
import { BackupKeyMissingError, createBackup, createKeyring, inspectBackup, type BackupProgress } from './backup';
import { readSealedHeader, unsealBackup } from './seal';
import { sha256Hex } from './streams';
import { installBrowserShims, now, seedDatabase, snapshot, supervisor, testKeyring } from './test-support';

installBrowserShims();

const dbs: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
const keyring = testKeyring();

function testDb() {
  const db = openTestDb();
  dbs.push(db);
  return db;
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

describe('createBackup', () => {
  it('writes SHBK2, a header with the wrapped data key, then ciphertext; inside, SHBK1 with the manifest, length and SHA-256 of the gzip', async () => {
    const db = testDb();
    await seedDatabase(db, { customers: 50, calls: 200, audit: 100 });
    const rows = await snapshot(db);
    const phases: BackupProgress['phase'][] = [];
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: '前台电脑', now, keyring, onProgress: (p) => phases.push(p.phase) });

    expect(backup.manifest).toMatchObject({ appVersion: '0.1.0', pcName: '前台电脑', createdAt: now, schemaVersion });
    expect(backup.manifest.tables).toEqual(Object.fromEntries(Object.entries(rows).map(([t, list]) => [t, list.length])));
    expect(backup.fileName).toMatch(/^售后服务中心-备份-2026-11-27-093000\.shbk$/);
    expect(new TextDecoder().decode(backup.bytes.subarray(0, 6))).toBe(`${sealedMagic}\n`);
    const sealed = readSealedHeader(backup.bytes);
    if (!sealed.ok) throw new Error(sealed.reason);
    expect(sealed.header.keys.map((k) => k.type)).toEqual(['device']);
    expect(sealed.header).toMatchObject({ cipher: 'AES-256-GCM', createdAt: now, pcName: '前台电脑' });

    const own = await keyring.unwrap(sealed.header.keys);
    if (!own.ok) throw new Error(own.reason);
    const inner = await unsealBackup(sealed, own.dataKey);
    if (!inner) throw new Error('does not decrypt');
    expect(new TextDecoder().decode(inner.subarray(0, 6))).toBe(`${backupMagic}\n`);
    const parts = splitBackupFile(inner);
    if (!parts.ok) throw new Error(parts.reason);
    expect(parts.data.length).toBe(backup.manifest.dataBytes);
    expect(await sha256Hex(parts.data)).toBe(backup.manifest.sha256);
    expect([parts.data[0], parts.data[1]]).toEqual([0x1f, 0x8b]);
    expect([...new Set(phases)]).toEqual(['read', 'checksum']);
  });

  it('gives nothing away: the file holds neither the manifest nor any PIN hash or customer name in the clear', async () => {
    const db = testDb();
    await seedDatabase(db, { customers: 20, calls: 20, audit: 5 });
    const pinHash = (await db.staff.toArray())[0]?.pinHash ?? '';
    const name = (await db.customers.toArray())[0]?.name ?? '';
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: 'PC', now, keyring });
    const text = latin1(backup.bytes);
    for (const secret of [pinHash, backup.manifest.sha256, '"tables"', 'pinSalt']) expect(text).not.toContain(secret);
    expect(new TextDecoder().decode(backup.bytes)).not.toContain(name);
  });

  it('wraps the data key for the backup password too once one is set, so another PC opens it with the password', async () => {
    const db = testDb();
    await seedDatabase(db, { customers: 3, calls: 3, audit: 3 });
    const withPassword = testKeyring();
    await setBackupPassword(db, supervisor, '前台-备份-2026', now, withPassword.keys);
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: 'PC', now, keyring: withPassword });
    const sealed = readSealedHeader(backup.bytes);
    expect(sealed.ok && sealed.header.keys.map((k) => k.type)).toEqual(['device', 'password']);
    const elsewhere = testKeyring();
    expect(await inspectBackup(backup.bytes, { keyring: elsewhere, live: db })).toMatchObject({ ok: false, reason: 'needsPassword', origin: { pcName: 'PC', createdAt: now } });
    expect(await inspectBackup(backup.bytes, { keyring: elsewhere, live: db, password: '前台-备份-2026' })).toMatchObject({ ok: true, protection: 'password' });
  });

  it('refuses to write a backup it cannot encrypt (a browser without a backup password): no file in the clear', async () => {
    const db = testDb();
    const browser = createKeyring(null, testKeyring().keys);
    await expect(createBackup(db, { appVersion: '0.1.0', pcName: '', now, keyring: browser })).rejects.toBeInstanceOf(BackupKeyMissingError);
  });

  it('inspects its own file as sound and shows the same manifest, writing nothing', async () => {
    const db = testDb();
    await seedDatabase(db, { customers: 10, calls: 30, audit: 5 });
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: 'PC', now, keyring });
    expect(await inspectBackup(backup.bytes, { keyring, live: db })).toMatchObject({ ok: true, manifest: backup.manifest, protection: 'device' });
  });

  it('backs up an empty database', async () => {
    const db = testDb();
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: 'PC', now, keyring });
    expect(Object.values(backup.manifest.tables).every((n) => n === 0)).toBe(true);
    expect((await inspectBackup(backup.bytes, { keyring, live: db })).ok).toBe(true);
  });
});
