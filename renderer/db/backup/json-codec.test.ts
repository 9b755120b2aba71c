import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { activeDbName, setActiveDbName } from '../active-db';
import { AppDB } from '../db';
import { openTestDb } from '../test-db';
import { createBackup, restoreBackup } from './backup';
import { loadExportImport } from './export-import';
import { isPlainJson, schemaString, writeExportJson } from './json-export';
import { ExportScanner, type ScanEvent } from './json-scan';
import { addStaff, approvalBy, installBrowserShims, now, seedDatabase, snapshot, supervisor, testKeyring } from './test-support';

installBrowserShims();

const cleanup: Dexie[] = [];
const keyring = testKeyring();
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

function testDb(): AppDB {
  const db = openTestDb();
  cleanup.push(db);
  return db;
}

async function fastJson(db: Dexie, rowsPerChunk = 7): Promise<string | null> {
  const parts: string[] = [];
  const header = await writeExportJson(db, (t) => parts.push(t), { rowsPerChunk });
  return header ? parts.join('') : null;
}

describe('the fast export writer', () => {
  it('writes the document dexie-export-import writes (apart from its type notes), and the library reads it back', async () => {
    const db = testDb();
    await seedDatabase(db, { customers: 30, calls: 80, audit: 40 });
    const { exportDB, importDB } = await loadExportImport();
    const library = JSON.parse(await (await exportDB(db, { numRowsPerChunk: 11 })).text()) as unknown;
    const fast = (await fastJson(db)) ?? '';
    // Typeson notes some arrays as `$types` although they are plain: without those notes the documents are equal.
    expect(JSON.parse(fast)).toEqual(JSON.parse(JSON.stringify(library, (key, value: unknown) => (key === '$types' ? undefined : value))));

    const imported = await importDB(new Blob([fast]), { name: `lib-${crypto.randomUUID()}` });
    cleanup.push(imported);
    expect(await snapshot(imported)).toEqual(await snapshot(db));
  });

  it('sees the same schema when the database is opened by name only, as the backup worker opens it', async () => {
    const db = testDb();
    await db.open();
    const byName = new Dexie(db.name);
    await byName.open();
    const schemas = (d: Dexie) => Object.fromEntries(d.tables.map((t) => [t.name, schemaString(t).split(',').sort()]));
    expect(byName.verno).toBe(db.verno);
    expect(schemas(byName)).toEqual(schemas(db));
    byName.close();
  });

  it('gives up on a row JSON would not keep exactly (the library writes that backup)', async () => {
    expect([1, 'a', true, null, [1, [2]], { a: { b: [] } }].every(isPlainJson)).toBe(true);
    const notPlain = [undefined, Number.NaN, Infinity, -0, new Date(0), { a: undefined }, [1, undefined], new Map(), { $types: {} }, 1n, Object.create({ x: 1 })];
    for (const value of notPlain) expect(isPlainJson(value)).toBe(false);
    // eslint-disable-next-line no-sparse-arrays -- a hole is exactly what is being tested
    expect(isPlainJson([1, , 3])).toBe(false);

    const db = testDb();
    await db.settings.put({ key: 'when', value: new Date(now) });
    expect(await fastJson(db)).toBeNull();
  });
});

describe('a backup holding values only the library keeps exactly', () => {
  it('backs up and restores a Date, an undefined property and an undefined array item unchanged', async () => {
    const source = testDb();
    await seedDatabase(source, { customers: 5, calls: 10, audit: 5 });
    await source.settings.bulkPut([
      { key: 'when', value: new Date(now) },
      { key: 'gaps', value: { kept: undefined, list: [1, undefined, 3] } },
    ]);
    const before = await snapshot(source);
    const backup = await createBackup(source, { appVersion: '0.1.0', pcName: 'PC', now, keyring });

    const live = testDb();
    await addStaff(live);
    setActiveDbName(live.name);
    const result = await restoreBackup(backup.bytes, supervisor, approvalBy(supervisor), { live, now, keyring });
    expect(result.ok).toBe(true);
    const restored = new AppDB(activeDbName());
    cleanup.push(restored);
    const after = await snapshot(restored);
    after.auditLog?.pop();
    expect(after).toStrictEqual(before);
    const settings = await restored.settings.bulkGet(['when', 'gaps']);
    expect(settings[0]?.value).toBeInstanceOf(Date);
    expect(Object.hasOwn(Object(settings[1]?.value), 'kept')).toBe(true);
  });
});

describe('the streaming export reader', () => {
  const text = JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'x',
      databaseVersion: 3,
      tables: [
        { name: 'a', schema: '++id', rowCount: 3 },
        { name: 'b', schema: 'key', rowCount: 2 },
        { name: 'c', schema: '++id', rowCount: 0 },
      ],
      data: [
        { tableName: 'a', inbound: true, rows: [{ id: 1, s: 'quote " and \\ and ] } [ {' }, { id: 2, s: '中文,"data":[', n: [1, [2, { x: '\\"' }]] }, { id: 3, s: '' }] },
        { tableName: 'b', inbound: true, rows: [{ key: 'k', value: { deep: { er: ['}'] } } }, { key: 'l', value: null }] },
        { tableName: 'c', inbound: true, rows: [] },
      ],
    },
  });

  function readAll(chunkSize: number, rowsPerBatch = 2): { events: ScanEvent[]; complete: boolean } {
    const scanner = new ExportScanner(rowsPerBatch);
    const events: ScanEvent[] = [];
    for (let i = 0; i < text.length; i += chunkSize) events.push(...scanner.push(text.slice(i, i + chunkSize)));
    return { events, complete: scanner.complete };
  }

  function tablesOf(events: ScanEvent[]) {
    const out: Record<string, unknown[]> = {};
    let current = '';
    for (const e of events) {
      if (e.type === 'table') out[(current = e.name)] = [];
      if (e.type === 'rows') out[current]?.push(...(JSON.parse(`[${e.json}]`) as unknown[]));
    }
    return out;
  }

  it('finds the header, every table and every row, whatever the chunk boundaries', () => {
    const whole = JSON.parse(text) as { data: { data: { tableName: string; rows: unknown[] }[] } };
    const expected = Object.fromEntries(whole.data.data.map((t) => [t.tableName, t.rows]));
    for (const size of [1, 2, 3, 5, 7, 13, 64, text.length]) {
      const { events, complete } = readAll(size);
      expect(complete).toBe(true);
      const header = events.find((e) => e.type === 'header');
      expect(header?.type === 'header' && header.meta.data.tables.map((t) => t.rowCount)).toEqual([3, 2, 0]);
      expect(tablesOf(events)).toEqual(expected);
    }
  });

  it('hands rows out in batches of at most the batch size', () => {
    const { events } = readAll(text.length, 2);
    expect(events.filter((e) => e.type === 'rows').map((e) => (e.type === 'rows' ? e.count : 0))).toEqual([2, 1, 2]);
  });

  it('knows when the text stopped before the end (a cut-off file)', () => {
    const scanner = new ExportScanner();
    scanner.push(text.slice(0, Math.floor(text.length * 0.8)));
    expect(scanner.complete).toBe(false);
  });
});
