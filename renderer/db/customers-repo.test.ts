import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import type { AppDB } from './db';
import {
  bulkAddCustomers,
  countCustomers,
  createCustomer,
  findCustomerByPhone,
  getCustomer,
  getCustomersByIds,
  searchCustomers,
  updateCustomer,
} from './customers-repo';
import { openTestDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

describe('customers repository', () => {
  it('creates a customer with normalized phones and search keys', async () => {
    const id = await createCustomer(db, { name: ' 张伟 ', phones: ['138-0013-8000'], address: '北京市朝阳区' });
    const c = await getCustomer(db, id);
    expect(c).toMatchObject({ id, name: '张伟', phones: ['13800138000'], address: '北京市朝阳区' });
    expect(c?.searchKeys).toEqual(['张伟', '13800138000']);
    expect(c?.createdAt).toBe(c?.updatedAt);
  });

  it('refuses invalid input with a ValidationError and writes nothing', async () => {
    await expect(createCustomer(db, { name: '', phones: ['12'] })).rejects.toBeInstanceOf(ValidationError);
    await expect(createCustomer(db, { name: '李娜', phones: ['12'] })).rejects.toMatchObject({
      issues: [{ path: 'phones.0', message: 'customer.error.badPhone' }],
    });
    expect(await countCustomers(db)).toBe(0);
  });

  it('updates fields and search keys, keeping createdAt', async () => {
    const id = await createCustomer(db, { name: '张伟', phones: ['13800138000'] });
    const before = await getCustomer(db, id);
    await updateCustomer(db, id, { name: '张伟强', phones: ['13912345678'], notes: '改号' });
    const after = await getCustomer(db, id);
    expect(after).toMatchObject({ name: '张伟强', phones: ['13912345678'], notes: '改号', createdAt: before?.createdAt });
    expect(await findCustomerByPhone(db, '13800138000')).toBeUndefined();
    expect((await searchCustomers(db, '张伟强')).map((c) => c.id)).toEqual([id]);
  });

  it('refuses an invalid update and keeps the old record', async () => {
    const id = await createCustomer(db, { name: '张伟', phones: ['13800138000'] });
    await expect(updateCustomer(db, id, { name: ' ', phones: [] })).rejects.toBeInstanceOf(ValidationError);
    expect((await getCustomer(db, id))?.name).toBe('张伟');
  });

  it('refuses to update a customer that does not exist', async () => {
    await expect(updateCustomer(db, 999, { name: '王芳', phones: [] })).rejects.toMatchObject({
      issues: [{ path: 'id', message: 'customer.error.notFound' }],
    });
    expect(await countCustomers(db)).toBe(0);
  });

  it('finds a customer by phone whatever the formatting', async () => {
    const id = await createCustomer(db, { name: '李娜', phones: ['13912345678', '010-6552-9988'] });
    expect((await findCustomerByPhone(db, '139 1234 5678'))?.id).toBe(id);
    expect((await findCustomerByPhone(db, '(010) 65529988'))?.id).toBe(id);
    expect((await findCustomerByPhone(db, '+86 139-1234-5678'))?.id).toBe(id);
    expect(await findCustomerByPhone(db, '13912345679')).toBeUndefined();
    expect(await findCustomerByPhone(db, '')).toBeUndefined();
  });

  describe('search', () => {
    beforeEach(async () => {
      await createCustomer(db, { name: '张伟', phones: ['13800138000'] });
      await createCustomer(db, { name: '张丽', phones: ['13812345678'] });
      await createCustomer(db, { name: '王芳', phones: ['13988886666', '13801010101'] });
      await createCustomer(db, { name: 'Acme 贸易', phones: ['0571-87654321'] });
    });

    it('matches a name prefix', async () => {
      expect((await searchCustomers(db, '张')).map((c) => c.name).sort()).toEqual(['张丽', '张伟']);
      expect((await searchCustomers(db, '张伟')).map((c) => c.name)).toEqual(['张伟']);
      expect((await searchCustomers(db, 'acme')).map((c) => c.name)).toEqual(['Acme 贸易']);
    });

    it("'138' finds every customer with a 138… phone, once each", async () => {
      expect((await searchCustomers(db, '138')).map((c) => c.name).sort()).toEqual(['张丽', '张伟', '王芳']);
    });

    it('matches a formatted phone prefix by its digits', async () => {
      expect((await searchCustomers(db, '0571-8765')).map((c) => c.name)).toEqual(['Acme 贸易']);
      expect(await searchCustomers(db, '139000')).toEqual([]);
    });

    it('an empty query lists the newest first, up to the limit', async () => {
      expect((await searchCustomers(db, '  ')).map((c) => c.name)).toEqual(['Acme 贸易', '王芳', '张丽', '张伟']);
      expect(await searchCustomers(db, '', 2)).toHaveLength(2);
    });

    it('respects the limit on a prefix search', async () => {
      expect(await searchCustomers(db, '138', 2)).toHaveLength(2);
    });
  });

  it('getCustomersByIds returns the known ones by id', async () => {
    const a = await createCustomer(db, { name: '张伟', phones: [] });
    const b = await createCustomer(db, { name: '王芳', phones: [] });
    const byId = await getCustomersByIds(db, [a, b, a, 999]);
    expect([...byId.keys()].sort()).toEqual([a, b].sort());
    expect(byId.get(b)?.name).toBe('王芳');
  });

  it('bulk add writes nothing when one row is invalid', async () => {
    const rows = [{ name: '张伟', phones: [] }, { name: '', phones: [] }, { name: '王芳', phones: [] }];
    await expect(bulkAddCustomers(db, rows, 1)).rejects.toMatchObject({ issues: [{ path: '1.name' }] });
    expect(await countCustomers(db)).toBe(0);
  });
});
