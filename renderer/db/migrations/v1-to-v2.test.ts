import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallLog } from '@shared/domain/call-log';
import type { Customer } from '@shared/domain/customer';
import type { ExportRecord } from '@shared/domain/export-record';
import { recordHistory } from '../audit-repo';
import { createCallLog } from '../call-logs-repo';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from '../db';
import { storesV4 } from '../schema-v4';
import { storesV5 } from '../schema-v5';
import { storesV6 } from '../schema-v6';
import { storesV8 } from '../schema-v8';
import { storesV10 } from '../schema-v10';
import { createFirstSupervisor, listStaff } from '../staff-repo';

const name = `migration-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

/** A customer as issue 2 stored it (no issue-4 profile yet). */
const customer: Pick<Customer, 'name' | 'phones' | 'searchKeys' | 'createdAt' | 'updatedAt'> = { name: '张伟', phones: ['13800138000'], searchKeys: ['张伟', '13800138000'], createdAt: 1, updatedAt: 2 };
const call: CallLog = { direction: 'in', at: 10, phone: '13800138000', customerId: 1, contact: '张伟', topic: 'repair', content: '不加热', result: '', createdAt: 11 };
const exported: ExportRecord = { kind: 'callLogs', rangeFrom: '2026-11-01', rangeTo: '2026-11-30', rowCount: 1, createdAt: 12, fileName: 'a.xlsx', location: 'download', sha256: 'a'.repeat(64) };

/** Writes data the way the issue-2 build did: a database declared with version 1 only (copies: Dexie sets ids on what it adds). */
async function writeVersion1Data(): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(storesV1);
  await v1.table('customers').add({ ...customer });
  await v1.table('callLogs').add({ ...call });
  await v1.table('settings').bulkPut([{ key: 'lang', value: 'en' }, { key: 'firstRunDone', value: true }]);
  await v1.table('exports').add({ ...exported });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('schema migration v1 → v2', () => {
  it('opens issue-2 data with every row intact and the new tables present and empty', async () => {
    await writeVersion1Data();
    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    // Through version 3 as well: the customer gains its default profile and pinyin keys (v2-to-v3.test.ts).
    expect(await db.customers.toArray()).toEqual([
      { ...customer, id: 1, type: 'ordinary', isKey: false, addresses: [], primaryPhone: '13800138000', searchKeys: ['张伟', '13800138000', 'zhangwei', 'zw'] },
    ]);
    expect(await db.callLogs.toArray()).toEqual([{ ...call, id: 1 }]);
    expect(await db.settings.toArray()).toEqual([{ key: 'firstRunDone', value: true }, { key: 'lang', value: 'en' }]);
    expect(await db.exports.toArray()).toEqual([{ ...exported, id: 1 }]);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...new Set([storesV1, storesV2, storesV3, storesV4, storesV5, storesV6, storesV8, storesV10].flatMap((s) => Object.keys(s)))].sort());
    for (const t of ['staff', 'auditLog', 'templates', 'printProfiles'] as const) expect(await db[t].count(), t).toBe(0);
    // The migrated database takes the new records: a first supervisor, and an audited call for an old customer.
    const boss = await createFirstSupervisor(db, '张主管', '123456');
    const id = await createCallLog(db, boss, { ...call, at: 20 });
    expect((await listStaff(db)).map((s) => s.name)).toEqual(['张主管']);
    expect((await recordHistory(db, 'callLogs', id)).map((e) => e.action)).toEqual(['create']);
    expect(await db.callLogs.where('[customerId+at]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count()).toBe(2);
    db.close();
  });

  it('keeps the v1 store definitions exactly as shipped', () => {
    expect(storesV1).toEqual({
      customers: '++id, name, *phones, *searchKeys, createdAt',
      callLogs: '++id, at, [customerId+at], phone, followUpDate',
      settings: 'key',
      exports: '++id, kind, createdAt',
    });
  });
});
