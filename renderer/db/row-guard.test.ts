import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/fake-data';
import { seedTenYears } from '../bench/ten-year-data';
import { seedShipments } from '../bench-slips/fake-slips';
import { fakeCustomers, fakeLedger, fakeProducts, ledgerMovements } from '../bench-stock/fake-stock';
import { seedService } from '../bench-today/fake-service';
import { auditChange } from './audit-repo';
import { bulkAddCustomers } from './customers-repo';
import { rowTables } from '@shared/rows/registry';
import { AppDB } from './db';
import { loadDemoData } from './demo-data';
import { StoredRowError } from './row-guard';
import { createFirstSupervisor } from './staff-repo';
import { bulkAddMovements, bulkAddProducts, bulkAddReceipts, bulkAddReturns } from './stock-bulk';
import { openTestDb } from './test-db';

const open: AppDB[] = [];
function fresh(): AppDB {
  const db = openTestDb();
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const now = new Date(2026, 10, 27, 10, 0).getTime();

describe('the database refuses a row without its stored shape', () => {
  it('every table of the database has its row schema, and the registry names no other table', () => {
    const db = new AppDB('not-opened');
    expect(db.tables.map((t) => t.name).sort()).toEqual([...rowTables].sort());
  });

  it('a staff row whose roles are text is not written, and neither is the audit entry of its transaction', async () => {
    const db = fresh();
    const actor = await createFirstSupervisor(db, '周主管', '123456', now);
    const before = await db.auditLog.count();
    const bad = { name: '假主管', roles: 'supervisor', pinHash: 'aA==', pinSalt: 'aA==', pinIterations: 1, active: true, failedAttempts: 0, lockedUntil: 0, createdAt: now };
    const write = db.transaction('rw', db.staff, db.auditLog, async () => {
      await auditChange(db, actor, { action: 'create', table: 'staff', recordId: 99, after: {}, at: now });
      // Through the untyped table: the compiler would refuse this row, as the database must at run time.
      await db.table('staff').add(bad);
    });
    await expect(write).rejects.toBeInstanceOf(StoredRowError);
    await expect(write).rejects.toMatchObject({ table: 'staff', fault: { field: 'roles', kind: 'type' } });
    expect(await db.staff.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(before);
  });

  it('an update that breaks a rule of the table (a product price of "12元") is refused too', async () => {
    const db = fresh();
    const [id] = await bulkAddProducts(db, fakeProducts(1, seededRandom(1)), now);
    await expect(db.table('products').update(id ?? 0, { price: '12元' })).rejects.toMatchObject({ fault: { field: 'price', kind: 'type' } });
    expect((await db.products.get(id ?? 0))?.price).toEqual(expect.any(Number));
  });

  it('a key that reaches the prototype is refused anywhere in a row', async () => {
    const db = fresh();
    const row = JSON.parse('{"key":"lang","value":{"__proto__":{"polluted":true}}}') as { key: string; value: unknown };
    await expect(db.settings.put(row)).rejects.toMatchObject({ fault: { field: 'value', kind: 'forbiddenKey' } });
    expect(await db.settings.count()).toBe(0);
  });
});

describe('every row the app and its seeders write has its stored shape', () => {
  it('the demo data', async () => {
    const db = fresh();
    const actor = await createFirstSupervisor(db, '周主管', '123456', now);
    await expect(loadDemoData(db, actor, now)).resolves.not.toThrow();
  });

  it('the benchmarks’ data: ten years of calls and audit, a ledger, shipments, service records', async () => {
    const db = fresh();
    const rand = seededRandom(3);
    const actor = await createFirstSupervisor(db, '周主管', '123456', now);
    await seedTenYears(db, { customers: 40, calls: 200, shipments: 50, otherAudit: 50 }, actor, now);
    const customerIds = await bulkAddCustomers(db, fakeCustomers(30, rand));
    const productIds = await bulkAddProducts(db, fakeProducts(20, rand), now);
    const plan = fakeLedger({ productIds, customerIds, movements: 200, days: 10, endMs: now }, rand);
    const receiptIds = await bulkAddReceipts(db, plan.receipts);
    const returnIds = await bulkAddReturns(db, plan.returns);
    const movements = ledgerMovements(
      plan.receipts.map((r, i) => ({ ...r, id: receiptIds[i] ?? 0 })),
      plan.returns.map((r, i) => ({ ...r, id: returnIds[i] ?? 0 })),
      plan.issues,
    );
    await bulkAddMovements(db, movements);
    await seedShipments(db, { count: 100, perDay: 20, productIds, customerIds, now }, rand);
    const seeded = await seedService(db, { now, days: 30, requests: 50, cards: 50, outstanding: 20, escalations: 5, alerts: 5, productIds, customerIds }, rand);
    expect(Object.values(seeded).every((n) => n >= 0)).toBe(true);
    expect(await db.movements.count()).toBe(movements.length);
  });
});
