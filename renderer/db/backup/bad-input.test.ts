import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { splitBackupFile } from '@shared/backup/file-layout';
import { seededRandom } from '../../bench/fake-data';
import { activeDbName, setActiveDbName } from '../active-db';
import { schemaVersion, type AppDB } from '../db';
import { readPointer } from '../pointer-db';
import { openTestDb } from '../test-db';
import { inspectBackup, restoreBackup } from './backup';
import { encodeBackupFile } from './backup-file';
import { gunzipToBlob } from './streams';
import { approvalBy, craftBackup, databaseNames, installBrowserShims, legacyBackup, now, seedDatabase, snapshot, supervisor, testKeyring } from './test-support';

installBrowserShims();

let live: AppDB;
let good: Uint8Array;
let json: string;
let tables: Record<string, number>;
const keyring = testKeyring();

beforeAll(async () => {
  const source = openTestDb();
  await seedDatabase(source, { customers: 40, calls: 120, audit: 60 });
  // The checks of the file inside an encrypted one, run here on old unencrypted files (accepted when confirmed).
  good = await legacyBackup(source);
  await source.delete();
  const parts = splitBackupFile(good);
  if (!parts.ok) throw new Error(parts.reason);
  json = await (await gunzipToBlob(parts.data)).text();
  tables = (JSON.parse(new TextDecoder().decode(parts.manifestBytes)) as { tables: Record<string, number> }).tables;

  live = openTestDb();
  await seedDatabase(live, { customers: 30, calls: 50, audit: 20 });
  setActiveDbName(live.name);
});

afterAll(async () => {
  await live.delete();
});

function flipMiddle(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const mid = Math.floor(copy.length / 2);
  for (let i = mid; i < mid + 16; i++) copy[i] = (copy[i] ?? 0) ^ 0xff;
  return copy;
}

function randomBytes(n: number): Uint8Array {
  const rand = seededRandom(99);
  return Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Replaces the manifest line of a sound file with another (the data part stays as it was). */
async function withManifest(edit: (m: Record<string, unknown>) => void): Promise<Uint8Array> {
  const parts = splitBackupFile(good);
  if (!parts.ok) throw new Error(parts.reason);
  const manifest = JSON.parse(new TextDecoder().decode(parts.manifestBytes)) as Record<string, unknown>;
  edit(manifest);
  const header = utf8(`SHBK1\n${JSON.stringify(manifest)}\n`);
  return Uint8Array.from([...header, ...parts.data]);
}

/**
 * A call log halfway through repeats the key of the first one: the import fails after it has written
 * rows into the staging database. (Garbage inside a row cannot be used here: dexie-export-import's
 * streaming parser is lenient, which is why the checksum, checked before, is what catches damage.)
 */
function duplicateKeyJson(): string {
  const start = json.indexOf('"tableName":"callLogs"');
  const end = json.indexOf('"tableName":', start + 1);
  const section = json.slice(start, end);
  const half = Math.floor((tables.callLogs ?? 0) / 2);
  if (!section.includes(`"id":${half}}`)) throw new Error('no call log to duplicate');
  return json.slice(0, start) + section.replace(`"id":${half}}`, '"id":1}') + json.slice(end);
}

/** The export's own header promises one more customer than it holds. */
function overcountedJson(): string {
  const customers = tables.customers ?? 0;
  const entry = /"name":"customers","schema":"[^"]*","rowCount":\d+/;
  if (!entry.test(json)) throw new Error('no customers entry in the export header');
  return json.replace(entry, (m) => m.replace(/\d+$/, String(customers + 1)));
}

const cases: [string, () => Promise<Uint8Array>, string][] = [
  ['a file corrupted halfway (16 bytes flipped in the middle)', async () => flipMiddle(good), 'backup.error.checksum'],
  ['a file truncated at 60 %', async () => good.slice(0, Math.floor(good.length * 0.6)), 'backup.error.truncated'],
  ['a file cut inside its manifest line', async () => good.slice(0, 40), 'backup.error.truncated'],
  ['an empty file', async () => new Uint8Array(0), 'backup.error.truncated'],
  ['random bytes', async () => randomBytes(4096), 'backup.error.notOurs'],
  ['a JSON file (a bare dexie export from another program)', async () => utf8(json), 'backup.error.notOurs'],
  ['a damaged manifest line', async () => withManifest((m) => Object.assign(m, { sha256: 'not hex' })), 'backup.error.manifest'],
  ['a manifest from a newer schema', async () => withManifest((m) => Object.assign(m, { schemaVersion: schemaVersion + 1 })), 'backup.error.newerSchema'],
  ['a newer-schema file with a valid checksum', async () => craftBackup(json, { schemaVersion: schemaVersion + 1, tables }), 'backup.error.newerSchema'],
  ['a manifest whose counts disagree with the data', async () => withManifest((m) => Object.assign(m, { tables: { ...tables, customers: 1 } })), 'backup.error.counts'],
  ['data that is not gzip (valid checksum)', async () => (await encodeBackupFile({ appVersion: '1', schemaVersion, createdAt: now, pcName: 'x', tables }, utf8(json))).bytes, 'backup.error.unreadable'],
];

/** Files that pass every check before the import and fail during or after it: the staging database must go. */
const lateCases: [string, () => Promise<Uint8Array>, string][] = [
  ['an export that fails halfway through the import (a repeated key; valid checksum)', () => craftBackup(duplicateKeyJson(), { schemaVersion, tables }), 'backup.error.unreadable'],
  [
    'an export holding fewer rows than its header and manifest say',
    () => craftBackup(overcountedJson(), { schemaVersion, tables: { ...tables, customers: (tables.customers ?? 0) + 1 } }),
    'backup.error.counts',
  ],
];

describe('a bad backup file is refused with the right reason and changes nothing', () => {
  it.each([...cases, ...lateCases])('%s', async (_label, make, reason) => {
    const file = await make();
    const before = await snapshot(live);
    const names = await databaseNames();
    vi.spyOn(console, 'error').mockImplementation(() => {});

    const result = await restoreBackup(file, supervisor, approvalBy(supervisor), { live, now, keyring, acceptUnprotected: true, acceptAuditLoss: true });

    expect(result).toEqual({ ok: false, reason });
    expect(await snapshot(live)).toEqual(before);
    expect(await databaseNames()).toEqual(names);
    expect(activeDbName()).toBe(live.name);
    expect((await readPointer()).staging).toEqual([]);
    vi.restoreAllMocks();
  });

  it.each(cases)('inspect refuses %s too, before any import', async (_label, make, reason) => {
    const names = await databaseNames();
    expect(await inspectBackup(await make(), { keyring, live })).toEqual({ ok: false, reason });
    expect(await databaseNames()).toEqual(names);
  });

  it('the crafted files really are what their names say (the late cases pass inspection)', async () => {
    for (const [, make] of lateCases) {
      const inspected = await inspectBackup(await make(), { keyring, live });
      expect(inspected.ok).toBe(true);
    }
  });
});
