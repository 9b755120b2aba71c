import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { ValidationError } from '@shared/validation';
import type { AppDB } from './db';
import { countCallLogs, listCallLogs } from './call-logs-repo';
import { countCustomers, createCustomer, findCustomerByPhone } from './customers-repo';
import { demoStaff, loadDemoData } from './demo-data';
import { listProducts } from './products-repo';
import { listReceipts, openDiscrepancies } from './receiving-repo';
import { lowStock, stockOnHand } from './stock-repo';
import { createFirstSupervisor, listStaff, signIn } from './staff-repo';
import { openTestDb, testActor } from './test-db';

let db: AppDB;
let boss: Actor;
beforeEach(async () => {
  db = openTestDb();
  boss = await createFirstSupervisor(db, '张主管', '999999');
});
afterEach(async () => {
  await db.delete();
});

const now = new Date(2026, 10, 20, 15, 0).getTime();

describe('demo data', () => {
  it('loads a few customers and calls of the last days, all topics, none in the future', async () => {
    const loaded = await loadDemoData(db, boss, now);
    expect(await countCustomers(db)).toBe(loaded.customers);
    expect(await countCallLogs(db)).toBe(loaded.calls);
    expect(loaded.customers).toBeGreaterThanOrEqual(5);
    expect(loaded.calls).toBeGreaterThanOrEqual(10);
    const calls = await listCallLogs(db, now - 30 * 86_400_000, now + 1);
    expect(calls).toHaveLength(loaded.calls);
    expect(new Set(calls.map((c) => c.topic)).size).toBe(6);
    expect(new Set(calls.map((c) => c.direction)).size).toBe(2);
    expect(calls.every((c) => c.handlerId === boss.staffId && c.handlerName === '张主管')).toBe(true);
    expect((await findCustomerByPhone(db, '138-0013-8000'))?.name).toBe('张伟');
  });

  it('adds the demo staff, who sign in with their PINs, and audits every row under the supervisor', async () => {
    const loaded = await loadDemoData(db, boss, now);
    expect(loaded.staff).toBe(4);
    const staff = await listStaff(db);
    expect(staff.map((s) => s.name).sort()).toEqual(['张主管', ...demoStaff.map((s) => s.name)].sort());
    expect(staff.find((s) => s.name === '陈刚')?.roles).toEqual(['frontdesk', 'logistics']);
    const wang = staff.find((s) => s.name === '王丽');
    const li = staff.find((s) => s.name === '李强');
    expect(await signIn(db, wang?.id ?? -1, '1111', now)).toMatchObject({ ok: true, actor: { name: '王丽', roles: ['frontdesk'] } });
    expect(await signIn(db, li?.id ?? -1, '2222', now)).toMatchObject({ ok: true, actor: { roles: ['warehouse'] } });
    const audit = await db.auditLog.toArray();
    // The supervisor's own account, then every demo staff member, customer and call, then the stock:
    // each product, each receipt with its movement, and the one discrepancy.
    expect(audit).toHaveLength(1 + loaded.staff + loaded.customers + loaded.calls + loaded.products + 2 * loaded.receipts + 1);
    expect(audit.every((e) => e.staffId === boss.staffId && e.action === 'create')).toBe(true);
  });

  it('skips a demo staff member whose name a real account already has', async () => {
    const db2 = openTestDb();
    try {
      const wang = await createFirstSupervisor(db2, '王丽', '567890');
      expect((await loadDemoData(db2, wang, now)).staff).toBe(3);
      expect((await listStaff(db2)).filter((s) => s.name === '王丽')).toHaveLength(1);
    } finally {
      await db2.delete();
    }
  });

  it('loads once and refuses a second time', async () => {
    await loadDemoData(db, boss, now);
    await expect(loadDemoData(db, boss, now)).rejects.toMatchObject({ issues: [{ message: 'demo.error.notEmpty' }] });
    expect(await countCallLogs(db)).toBe(12);
    expect(await listStaff(db)).toHaveLength(5);
  });

  it('refuses when the user already has a customer', async () => {
    await createCustomer(db, boss, { name: '自己的客户', phones: [] });
    await expect(loadDemoData(db, boss, now)).rejects.toBeInstanceOf(ValidationError);
    expect(await countCustomers(db)).toBe(1);
    expect(await countCallLogs(db)).toBe(0);
    expect(await listStaff(db)).toHaveLength(1);
  });

  it('is refused to a role that may not create staff accounts', async () => {
    await expect(loadDemoData(db, testActor(['frontdesk']), now)).rejects.toBeInstanceOf(PermissionError);
    expect(await countCustomers(db)).toBe(0);
  });

  it('a failure half-way leaves nothing: staff, customers and audit entries are rolled back with the calls', async () => {
    db.callLogs.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(loadDemoData(db, boss, now)).rejects.toThrow('disk full');
    expect(await countCustomers(db)).toBe(0);
    expect(await countCallLogs(db)).toBe(0);
    expect(await listStaff(db)).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(1);
  });

  it('adds products with opening stock: sets, test chambers, a special product, one short count, one low stock', async () => {
    const loaded = await loadDemoData(db, boss, now);
    expect(loaded).toMatchObject({ products: 12, receipts: 2 });
    const products = await listProducts(db);
    const byCode = new Map(products.map((p) => [p.code, p]));
    expect(byCode.get('JSQ-TZ')?.components).toHaveLength(4);
    expect(byCode.get('SYX-A')).toMatchObject({ isTestChamber: true, selfPickupOnly: true });
    expect(products.filter((p) => p.needsLeaderSignOff).map((p) => p.code)).toEqual(['TS-KZQ']);
    expect(await stockOnHand(db, byCode.get('LX-HXT')?.id ?? -1)).toBe(16);
    expect((await openDiscrepancies(db)).map((d) => d.difference)).toEqual([-2]);
    expect((await lowStock(db)).map((r) => r.code)).toEqual(['LX-RO']);
    const receipts = await listReceipts(db);
    expect(new Set(receipts.map((r) => r.receiverName + r.keeperName))).toEqual(new Set(['赵敏李强']));
    expect((await findCustomerByPhone(db, '0571-8765-4321'))).toMatchObject({ type: 'store', storeNo: 'DP-017' });
  });
});
