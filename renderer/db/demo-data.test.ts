import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import type { AppDB } from './db';
import { countCallLogs, listCallLogs } from './call-logs-repo';
import { countCustomers, createCustomer, findCustomerByPhone } from './customers-repo';
import { loadDemoData } from './demo-data';
import { openTestDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const now = new Date(2026, 10, 20, 15, 0).getTime();

describe('demo data', () => {
  it('loads a few customers and calls of the last days, all topics, none in the future', async () => {
    const loaded = await loadDemoData(db, now);
    expect(await countCustomers(db)).toBe(loaded.customers);
    expect(await countCallLogs(db)).toBe(loaded.calls);
    expect(loaded.customers).toBeGreaterThanOrEqual(5);
    expect(loaded.calls).toBeGreaterThanOrEqual(10);
    const calls = await listCallLogs(db, now - 30 * 86_400_000, now + 1);
    expect(calls).toHaveLength(loaded.calls);
    expect(new Set(calls.map((c) => c.topic)).size).toBe(6);
    expect(new Set(calls.map((c) => c.direction)).size).toBe(2);
    expect((await findCustomerByPhone(db, '138-0013-8000'))?.name).toBe('张伟');
  });

  it('loads once and refuses a second time', async () => {
    await loadDemoData(db, now);
    await expect(loadDemoData(db, now)).rejects.toMatchObject({ issues: [{ message: 'demo.error.notEmpty' }] });
    expect(await countCallLogs(db)).toBe(12);
  });

  it('refuses when the user already has a customer', async () => {
    await createCustomer(db, { name: '自己的客户', phones: [] });
    await expect(loadDemoData(db, now)).rejects.toBeInstanceOf(ValidationError);
    expect(await countCustomers(db)).toBe(1);
    expect(await countCallLogs(db)).toBe(0);
  });

  it('a failure half-way leaves nothing: customers are rolled back with the calls', async () => {
    db.callLogs.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(loadDemoData(db, now)).rejects.toThrow('disk full');
    expect(await countCustomers(db)).toBe(0);
    expect(await countCallLogs(db)).toBe(0);
  });
});
