import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, schemaVersion } from './db';
import { sameTableSchema, storesAt } from './schema-history';
import { schemaString } from './backup/json-export';

const opened: Dexie[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('the tables of each schema version', () => {
  it('the current version is exactly the database’s tables with their schemas as a backup records them', async () => {
    const db = new AppDB(`history-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    // Read back the way the backup worker does: a Dexie without a schema opens the stored one.
    const stored = new Dexie(db.name);
    await stored.open();
    const schemas = Object.fromEntries(stored.tables.map((t) => [t.name, schemaString(t)]));
    stored.close();
    const expected = storesAt(schemaVersion) ?? {};
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(expected).sort());
    for (const [table, schema] of Object.entries(expected)) expect(sameTableSchema(schemas[table] ?? '', schema), table).toBe(true);
  });

  it('version 1 holds the first four tables; 6 and 7 hold the same tables, with the shipments index of 7 only', () => {
    expect(Object.keys(storesAt(1) ?? {})).toEqual(['customers', 'callLogs', 'settings', 'exports']);
    expect(Object.keys(storesAt(6) ?? {}).sort()).toEqual(Object.keys(storesAt(7) ?? {}).sort());
    expect(sameTableSchema(storesAt(6)?.shipments ?? '', storesAt(7)?.shipments ?? '')).toBe(false);
    expect(storesAt(0)).toBeNull();
    expect(storesAt(schemaVersion + 1)).toBeNull();
    expect(storesAt(2.5)).toBeNull();
  });

  it('compares schemas by key and index set, not by spelling', () => {
    expect(sameTableSchema('++id, name, *phones', '++id,*phones,name')).toBe(true);
    expect(sameTableSchema('++id,name', 'id,name')).toBe(false);
    expect(sameTableSchema('++id,name', '++id,name,at')).toBe(false);
  });
});
