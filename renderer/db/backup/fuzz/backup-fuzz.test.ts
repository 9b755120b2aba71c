import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupRefusals } from '@shared/backup/file-layout';
import { backupRefusalText } from '@shared/backup/refusal';
import { translate, type StringKey } from '@shared/i18n';
import { slip as slipFixture } from '@shared/slips/test-fixtures';
import { fakeProducts } from '../../../bench-stock/fake-stock';
import { seededRandom } from '../../../bench/fake-data';
import { activeDbName, setActiveDbName } from '../../active-db';
import type { AppDB } from '../../db';
import { bulkAddProducts } from '../../stock-bulk';
import { openTestDb } from '../../test-db';
import { restoreBackup } from '../backup';
import { approvalBy, databaseNames, installBrowserShims, legacyBackup, now, seedDatabase, snapshot, supervisor, testKeyring } from '../test-support';
import { openBackup } from './craft';
import { backupFuzzCases, type BackupFuzzCase } from './backup-fuzz';

installBrowserShims();

/** 30 in `npm test`; `npm run fuzz` runs 300 (FUZZ_COUNT) and prints the figures. */
const count = Number(import.meta.env.FUZZ_COUNT ?? 30);
const seed = Number(import.meta.env.FUZZ_SEED ?? 1);
const keyring = testKeyring();
const zh = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

let live: AppDB;
let good: Uint8Array;
let json: string;
let before: Record<string, unknown[]>;
let names: string[];
const figures: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  const source = openTestDb();
  await seedDatabase(source, { customers: 12, calls: 30, audit: 12 });
  await bulkAddProducts(source, fakeProducts(4, seededRandom(4)), now);
  const { id: _id, ...slip } = slipFixture({ customerId: 1 });
  await source.purchaseSlips.add(slip);
  // The unencrypted layout, restored with the supervisor's word that it may be: an encrypted file refuses
  // any changed byte before its contents are read, so only this layout reaches the checks inside.
  good = await legacyBackup(source);
  json = (await openBackup(good)).json;
  await source.delete();
  live = openTestDb();
  await seedDatabase(live, { customers: 4, calls: 4, audit: 4 });
  setActiveDbName(live.name);
  before = await snapshot(live);
  names = await databaseNames();
});

afterAll(async () => {
  await live.delete();
  const total = Object.values(figures).reduce((n, byReason) => n + Object.values(byReason).reduce((a, b) => a + b, 0), 0);
  console.info(`backup fuzz: ${total} files (seed ${seed}), refused by kind and reason:\n${JSON.stringify(figures, null, 1)}`);
});

async function cases(): Promise<BackupFuzzCase[]> {
  const out: BackupFuzzCase[] = [];
  for await (const c of backupFuzzCases(good, json, count, seed)) out.push(c);
  return out;
}

describe(`${count} fuzzed backup files`, () => {
  it('each is refused with a clear reason, and the live database, the database list and the pointer stay as they were', async () => {
    const all = await cases();
    expect(all).toHaveLength(count);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const c of all) {
        const result = await restoreBackup(c.bytes, supervisor, approvalBy(supervisor), { live, now, keyring, acceptUnprotected: true, acceptAuditLoss: true });
        if (result.ok) throw new Error(`case ${c.n} (${c.label}) was restored`);
        expect([...backupRefusals, 'backup.error.tampered', 'backup.error.failed', 'backup.error.storage'], `case ${c.n} (${c.label})`).toContain(result.reason);
        const text = backupRefusalText(zh, result);
        // Words for the clerk: no dictionary key, no stored field or table name.
        expect(text, `case ${c.n}`).not.toMatch(/[a-z]{3,}|\{/);
        const byReason = (figures[c.kind] ??= {});
        byReason[result.reason] = (byReason[result.reason] ?? 0) + 1;
        expect(await databaseNames(), `case ${c.n} left a database`).toEqual(names);
        expect(activeDbName()).toBe(live.name);
        expect(localStorage.getItem('shouhou-center.restoring')).toBeNull();
      }
    } finally {
      vi.restoreAllMocks();
    }
    expect(await snapshot(live)).toEqual(before);
  });
});
