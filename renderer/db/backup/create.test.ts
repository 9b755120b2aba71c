import { afterEach, describe, expect, it } from 'vitest';
import { backupMagic, splitBackupFile } from '@shared/backup/file-layout';
import { schemaVersion } from '../db';
import { openTestDb } from '../test-db';
import { createBackup, inspectBackup, type BackupProgress } from './backup';
import { sha256Hex } from './streams';
import { installBrowserShims, now, seedDatabase, snapshot } from './test-support';

installBrowserShims();

const dbs: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('createBackup', () => {
  it('writes SHBK1, a manifest with the per-table counts, length and SHA-256 of the data, then the data', async () => {
    const db = openTestDb();
    dbs.push(db);
    await seedDatabase(db, { customers: 50, calls: 200, audit: 100 });
    const rows = await snapshot(db);
    const phases: BackupProgress['phase'][] = [];
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: '前台电脑', now, onProgress: (p) => phases.push(p.phase) });

    expect(backup.manifest).toMatchObject({ appVersion: '0.1.0', pcName: '前台电脑', createdAt: now, schemaVersion });
    expect(backup.manifest.tables).toEqual(Object.fromEntries(Object.entries(rows).map(([t, list]) => [t, list.length])));
    expect(backup.fileName).toMatch(/^售后服务中心-备份-2026-11-27-093000\.shbk$/);
    expect(new TextDecoder().decode(backup.bytes.subarray(0, 6))).toBe(`${backupMagic}\n`);
    const parts = splitBackupFile(backup.bytes);
    if (!parts.ok) throw new Error(parts.reason);
    expect(parts.data.length).toBe(backup.manifest.dataBytes);
    expect(await sha256Hex(parts.data)).toBe(backup.manifest.sha256);
    // gzip magic: the data part is compressed.
    expect([parts.data[0], parts.data[1]]).toEqual([0x1f, 0x8b]);
    expect([...new Set(phases)]).toEqual(['read', 'checksum']);
  });

  it('inspects its own file as sound and shows the same manifest, writing nothing', async () => {
    const db = openTestDb();
    dbs.push(db);
    await seedDatabase(db, { customers: 10, calls: 30, audit: 5 });
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: 'PC', now });
    expect(await inspectBackup(backup.bytes)).toEqual({ ok: true, manifest: backup.manifest });
  });

  it('backs up an empty database', async () => {
    const db = openTestDb();
    dbs.push(db);
    const backup = await createBackup(db, { appVersion: '0.1.0', pcName: 'PC', now });
    expect(Object.values(backup.manifest.tables).every((n) => n === 0)).toBe(true);
    expect((await inspectBackup(backup.bytes)).ok).toBe(true);
  });
});
