import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProductInput } from '@shared/products/product';
import { balances, type Movement } from '@shared/stock/ledger';
import type { AppDB } from './db';
import { bulkAddMovements, bulkAddProducts } from './stock-bulk';
import { stockBalances } from './stock-repo';
import { openTestDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const m = (i: number, productId: number, qty: number): Movement => ({
  docNo: `RK20261127-${String(i + 1).padStart(3, '0')}`, kind: qty > 0 ? 'receive' : 'issue', at: i, day: '2026-11-27', handlerId: 1, handlerName: 'bench', lines: [{ productId, qty }],
});

describe('bench bulk loaders', () => {
  it('keep the running balances equal to the ledger sum across chunks and calls', async () => {
    const ids = await bulkAddProducts(db, [1, 2, 3].map((i) => ({ ...emptyProductInput(), code: `B${i}`, name: `批量${i}` })), 1);
    const first = ids.flatMap((id, i) => [m(i * 2, id, 10), m(i * 2 + 1, id, -3)]);
    await bulkAddMovements(db, first, 2);
    await bulkAddMovements(db, [m(9, ids[0] ?? 0, 5)], 2);
    expect(await stockBalances(db)).toEqual(balances(await db.movements.toArray()));
    expect((await stockBalances(db)).get(ids[0] ?? 0)).toBe(12);
  });

  it('write nothing when one movement is invalid', async () => {
    await expect(bulkAddMovements(db, [m(0, 1, 5), { ...m(1, 1, 5), lines: [] }])).rejects.toMatchObject({ issues: [{ path: '1.lines' }] });
    expect(await db.movements.count()).toBe(0);
  });
});
