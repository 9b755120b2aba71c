import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupRefusalText } from '@shared/backup/refusal';
import { translate, type StringKey } from '@shared/i18n';
import { slip as slipFixture } from '@shared/slips/test-fixtures';
import { fakeProducts } from '../../bench-stock/fake-stock';
import { seededRandom } from '../../bench/fake-data';
import { activeDbName, setActiveDbName } from '../active-db';
import { schemaVersion, type AppDB } from '../db';
import { bulkAddProducts } from '../stock-bulk';
import { openTestDb } from '../test-db';
import { inspectBackup, restoreBackup, type RestoreResult } from './backup';
import { backupOf, backupOfGzip, hugeStringGzip, openBackup, parseExport, recount, withRow } from './fuzz/craft';
import { approvalBy, databaseNames, installBrowserShims, legacyBackup, now, seedDatabase, snapshot, supervisor, testKeyring } from './test-support';

const keyring = testKeyring();

installBrowserShims();

const t = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

let live: AppDB;
let json: string;

beforeAll(async () => {
  const source = openTestDb();
  await seedDatabase(source, { customers: 20, calls: 40, audit: 20 });
  await bulkAddProducts(source, fakeProducts(5, seededRandom(5)), now);
  const { id: _id, ...slip } = slipFixture({ customerId: 1 });
  await source.purchaseSlips.add(slip);
  json = (await openBackup(await legacyBackup(source))).json;
  await source.delete();
  live = openTestDb();
  await seedDatabase(live, { customers: 5, calls: 5, audit: 5 });
  setActiveDbName(live.name);
});

afterAll(async () => {
  await live.delete();
});

/** Restores `file` into the live database and checks that nothing changed: data, databases, pointer. */
async function refused(file: Uint8Array): Promise<RestoreResult & { ok: false }> {
  const before = await snapshot(live);
  const names = await databaseNames();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const result = await restoreBackup(file, supervisor, approvalBy(supervisor), { live, now, keyring, acceptUnprotected: true, acceptAuditLoss: true });
  vi.restoreAllMocks();
  if (result.ok) throw new Error('the file was restored');
  expect(await snapshot(live)).toEqual(before);
  expect(await databaseNames()).toEqual(names);
  expect(activeDbName()).toBe(live.name);
  return result;
}

describe('a restore checks every row of every table before the switch', () => {
  it('the untouched export restores (the checks accept what the app writes)', async () => {
    const scratch = openTestDb();
    setActiveDbName(scratch.name);
    await seedDatabase(scratch, { customers: 1, calls: 1, audit: 1 });
    const result = await restoreBackup(await backupOf(json), supervisor, approvalBy(supervisor), { live: scratch, now, keyring, acceptUnprotected: true, acceptAuditLoss: true });
    setActiveDbName(live.name);
    await scratch.delete();
    expect(result).toMatchObject({ ok: true });
  });

  it('staff roles as a string (checksum recomputed): refused, naming the staff table, the record and 角色', async () => {
    const result = await refused(await withRow(json, 'staff', 1, (row) => Object.assign(row, { roles: 'supervisor' })));
    expect(result).toMatchObject({ reason: 'backup.error.badRow', problem: { table: 'staff', row: 2, fault: { field: 'roles', kind: 'type' } } });
    expect(backupRefusalText(t, result)).toBe('备份文件中「员工」表第 2 条记录的「角色」类型不正确,无法恢复');
  });

  it('a product price of "12元": refused at the product’s 单价', async () => {
    const result = await refused(await withRow(json, 'products', 2, (row) => Object.assign(row, { price: '12元' })));
    expect(result.problem).toEqual({ table: 'products', row: 3, fault: { field: 'price', kind: 'type' } });
    expect(backupRefusalText(t, result)).toBe('备份文件中「产品」表第 3 条记录的「单价」类型不正确,无法恢复');
  });

  it('a slip’s lines as a string: refused at the slip’s 明细', async () => {
    const result = await refused(await withRow(json, 'purchaseSlips', 0, (row) => Object.assign(row, { lines: '[{"productId":1}]' })));
    expect(result.problem).toEqual({ table: 'purchaseSlips', row: 1, fault: { field: 'lines', kind: 'type' } });
    expect(backupRefusalText(t, result)).toBe('备份文件中「产品购销单」表第 1 条记录的「明细」类型不正确,无法恢复');
  });

  it('a row that breaks its form’s rule (a negative product price) is refused with the rule in words', async () => {
    const result = await refused(await withRow(json, 'products', 0, (row) => Object.assign(row, { price: -5 })));
    expect(result.problem?.fault).toEqual({ field: 'price', kind: 'rule', message: 'product.error.priceNegative' });
    expect(backupRefusalText(t, result)).toMatch(/^备份文件中「产品」表第 1 条记录的「单价」不符合要求:.+,无法恢复$/);
  });

  it('a __proto__ key inside a row is refused, and nothing reaches a prototype', async () => {
    const doc = parseExport(json);
    const bytes = await backupOf(JSON.stringify(doc).replace('"name":"陈主管"', '"name":"陈主管","__proto__":{"roles":["supervisor"]}'));
    const result = await refused(bytes);
    expect(result.problem).toEqual({ table: 'staff', row: 1, fault: { field: '__proto__', kind: 'forbiddenKey' } });
    expect(backupRefusalText(t, result)).toBe('备份文件中「员工」表第 1 条记录含有不允许的字段名,无法恢复');
    expect(Reflect.get(Object.prototype, 'roles')).toBeUndefined();
  });
});

describe('a restore refuses a file whose tables do not match the schema version it declares', () => {
  it('declaring schema 1 while holding version-7 tables is refused before anything is written (it would drop staff and audit rows)', async () => {
    const doc = parseExport(json);
    doc.data.databaseVersion = 1;
    const bytes = await backupOf(JSON.stringify(doc), { schemaVersion: 1 });
    expect(await inspectBackup(bytes, { keyring })).toEqual({ ok: false, reason: 'backup.error.tables' });
    const result = await refused(bytes);
    expect(result.reason).toBe('backup.error.tables');
    expect(backupRefusalText(t, result)).toBe('备份文件中的数据表与其声明的数据结构版本不符,文件已损坏或被改动');
  });

  it('version 6 declared with the version-7 shipments index is refused too', async () => {
    const doc = parseExport(json);
    doc.data.databaseVersion = 6;
    expect((await inspectBackup(await backupOf(JSON.stringify(doc), { schemaVersion: 6 }), { keyring })).ok).toBe(false);
  });

  it('a file without the customers table is refused, naming it (restoring it would wipe the customers)', async () => {
    const doc = parseExport(json);
    doc.data.tables = doc.data.tables.filter((x) => x.name !== 'customers');
    doc.data.data = doc.data.data.filter((x) => x.tableName !== 'customers');
    recount(doc);
    const bytes = await backupOf(JSON.stringify(doc));
    expect(await inspectBackup(bytes, { keyring })).toEqual({ ok: false, reason: 'backup.error.missingTable', table: 'customers' });
    const result = await refused(bytes);
    expect(backupRefusalText(t, result)).toBe('备份文件缺少「客户」表,无法恢复(恢复会清空这部分数据)');
  });

  it('a table this version does not have is refused', async () => {
    const doc = parseExport(json);
    doc.data.tables.push({ name: 'slips', schema: '++id', rowCount: 0 });
    doc.data.data.push({ tableName: 'slips', inbound: true, rows: [] });
    expect(await inspectBackup(await backupOf(JSON.stringify(doc)), { keyring })).toEqual({ ok: false, reason: 'backup.error.tables' });
  });
});

describe('a backup made to exhaust the PC is stopped by a limit', () => {
  it('a 600 MB string (under a megabyte gzipped) is refused within seconds, before it is read whole', async () => {
    const doc = parseExport(json);
    const gzip = await hugeStringGzip(doc, 600 * 1024 * 1024);
    expect(gzip.length).toBeLessThan(1024 * 1024);
    const tables = Object.fromEntries(doc.data.tables.map((x) => [x.name, x.rowCount]));
    const started = performance.now();
    const result = await refused(await backupOfGzip(gzip, { schemaVersion, tables }));
    expect(result.reason).toBe('backup.error.tooLarge');
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(backupRefusalText(t, result)).toBe('备份文件中有一条记录超过了允许的大小,文件已损坏或被改动');
  });

  it('the same string behind a row only the library can read (a Typeson value) is stopped too', async () => {
    const doc = parseExport(json);
    const settings = doc.data.data.find((x) => x.tableName === 'settings');
    settings?.rows.unshift({ key: 'typeson', value: 1, $types: { value: 'number' } });
    const gzip = await hugeStringGzip(doc, 200 * 1024 * 1024);
    recount(doc);
    const tables = Object.fromEntries(doc.data.tables.map((x) => [x.name, x.rowCount]));
    const result = await refused(await backupOfGzip(gzip, { schemaVersion, tables }));
    expect(result.reason).toBe('backup.error.tooLarge');
  });
});
