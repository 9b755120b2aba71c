import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import type { AppDB } from './db';
import {
  bulkAddCustomers,
  countCustomers,
  createCustomer,
  customerTimeline,
  findCustomerByPhone,
  findCustomersByPhones,
  getCustomer,
  getCustomersByIds,
  searchCustomers,
  updateCustomer,
} from './customers-repo';
import { createCallLog } from './call-logs-repo';
import { postReturn } from './returns-repo';
import { openTestDb, testActor } from './test-db';
import { openStockWorld } from './test-stock';

const clerk = testActor(['frontdesk'], 7, '王丽');

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

describe('customers repository', () => {
  it('creates a customer with normalized phones and search keys', async () => {
    const id = await createCustomer(db, clerk, { name: ' 张伟 ', phones: ['138-0013-8000'], address: '北京市朝阳区' });
    const c = await getCustomer(db, id);
    expect(c).toMatchObject({ id, name: '张伟', phones: ['13800138000'], address: '北京市朝阳区' });
    expect(c?.searchKeys).toEqual(['张伟', '13800138000', 'zhangwei', 'zw']);
    expect(c?.createdAt).toBe(c?.updatedAt);
  });

  it('refuses invalid input with a ValidationError and writes nothing', async () => {
    await expect(createCustomer(db, clerk, { name: '', phones: ['12'] })).rejects.toBeInstanceOf(ValidationError);
    await expect(createCustomer(db, clerk, { name: '李娜', phones: ['12'] })).rejects.toMatchObject({
      issues: [{ path: 'phones.0', message: 'customer.error.badPhone' }],
    });
    expect(await countCustomers(db)).toBe(0);
  });

  it('updates fields and search keys, keeping createdAt', async () => {
    const id = await createCustomer(db, clerk, { name: '张伟', phones: ['13800138000'] });
    const before = await getCustomer(db, id);
    await updateCustomer(db, clerk, id, { name: '张伟强', phones: ['13912345678'], notes: '改号' });
    const after = await getCustomer(db, id);
    expect(after).toMatchObject({ name: '张伟强', phones: ['13912345678'], notes: '改号', createdAt: before?.createdAt });
    expect(await findCustomerByPhone(db, '13800138000')).toBeUndefined();
    expect((await searchCustomers(db, '张伟强')).map((c) => c.id)).toEqual([id]);
  });

  it('refuses an invalid update and keeps the old record', async () => {
    const id = await createCustomer(db, clerk, { name: '张伟', phones: ['13800138000'] });
    await expect(updateCustomer(db, clerk, id, { name: ' ', phones: [] })).rejects.toBeInstanceOf(ValidationError);
    expect((await getCustomer(db, id))?.name).toBe('张伟');
  });

  it('refuses to update a customer that does not exist', async () => {
    await expect(updateCustomer(db, clerk, 999, { name: '王芳', phones: [] })).rejects.toMatchObject({
      issues: [{ path: 'id', message: 'customer.error.notFound' }],
    });
    expect(await countCustomers(db)).toBe(0);
  });

  it('finds a customer by phone whatever the formatting', async () => {
    const id = await createCustomer(db, clerk, { name: '李娜', phones: ['13912345678', '010-6552-9988'] });
    expect((await findCustomerByPhone(db, '139 1234 5678'))?.id).toBe(id);
    expect((await findCustomerByPhone(db, '(010) 65529988'))?.id).toBe(id);
    expect((await findCustomerByPhone(db, '+86 139-1234-5678'))?.id).toBe(id);
    expect(await findCustomerByPhone(db, '13912345679')).toBeUndefined();
    expect(await findCustomerByPhone(db, '')).toBeUndefined();
  });

  describe('search', () => {
    beforeEach(async () => {
      await createCustomer(db, clerk, { name: '张伟', phones: ['13800138000'] });
      await createCustomer(db, clerk, { name: '张丽', phones: ['13812345678'] });
      await createCustomer(db, clerk, { name: '王芳', phones: ['13988886666', '13801010101'] });
      await createCustomer(db, clerk, { name: 'Acme 贸易', phones: ['0571-87654321'] });
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
    const a = await createCustomer(db, clerk, { name: '张伟', phones: [] });
    const b = await createCustomer(db, clerk, { name: '王芳', phones: [] });
    const byId = await getCustomersByIds(db, [a, b, a, 999]);
    expect([...byId.keys()].sort()).toEqual([a, b].sort());
    expect(byId.get(b)?.name).toBe('王芳');
  });

  it('bulk add writes nothing when one row is invalid', async () => {
    const rows = [{ name: '张伟', phones: [] }, { name: '', phones: [] }, { name: '王芳', phones: [] }];
    await expect(bulkAddCustomers(db, rows, 1)).rejects.toMatchObject({ issues: [{ path: '1.name' }] });
    expect(await countCustomers(db)).toBe(0);
  });

  describe('issue 4: profile, pinyin search, duplicate phones, timeline', () => {
    it('finds 张三 by full pinyin and initials, and a member by number', async () => {
      const id = await createCustomer(db, clerk, { name: '张三', phones: ['13800138000'], type: 'member', memberNo: 'hy-0012' });
      await createCustomer(db, clerk, { name: '赵六', phones: [] });
      for (const q of ['zhangsan', 'zhang', 'zs', 'ZS', 'hy-00', '张']) expect((await searchCustomers(db, q)).map((c) => c.id), q).toEqual([id]);
      expect((await searchCustomers(db, 'z')).map((c) => c.name).sort()).toEqual(['张三', '赵六']);
    });

    it('stores the profile: several phones with a primary, addresses with one default, grade, key flag', async () => {
      const id = await createCustomer(db, clerk, {
        name: '鑫源商贸店', phones: ['0571-8765-4321', '13912345678'], primaryPhone: '13912345678', type: 'store', storeNo: 's-01',
        addresses: [
          { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 259 号', isDefault: false },
          { province: '浙江省', city: '杭州市', district: '滨江区', detail: '江南大道 8 号', isDefault: true },
        ],
        grade: 'A', isKey: true, source: '展会',
      });
      expect(await getCustomer(db, id)).toMatchObject({
        phones: ['13912345678', '057187654321'], primaryPhone: '13912345678', storeNo: 'S-01', grade: 'A', isKey: true, source: '展会',
        address: '浙江省杭州市滨江区江南大道 8 号',
      });
      await expect(createCustomer(db, clerk, { name: '会员甲', phones: [], type: 'member' })).rejects.toMatchObject({
        issues: [{ path: 'memberNo', message: 'crm.error.memberNoRequired' }],
      });
      // The issue-2 form (name, phones, one address, notes) keeps the fields it does not show.
      await updateCustomer(db, clerk, id, { name: '鑫源商贸店', phones: ['0571-8765-4321', '13912345678'], address: '浙江省杭州市滨江区江南大道 8 号', notes: '改备注' });
      expect(await getCustomer(db, id)).toMatchObject({ type: 'store', storeNo: 'S-01', grade: 'A', notes: '改备注', primaryPhone: '13912345678' });
      expect((await getCustomer(db, id))?.addresses).toHaveLength(2);
    });

    it('warns about phones already on file: findCustomersByPhones, however formatted, leaving out the one edited', async () => {
      const a = await createCustomer(db, clerk, { name: '张伟', phones: ['13800138000', '010-65529988'] });
      const b = await createCustomer(db, clerk, { name: '李娜', phones: ['13912345678'] });
      expect((await findCustomersByPhones(db, ['138 0013 8000', '(010) 6552-9988', '13912345678'])).map((c) => c.id).sort()).toEqual([a, b].sort());
      expect((await findCustomersByPhones(db, ['13800138000'], a))).toEqual([]);
      expect(await findCustomersByPhones(db, ['', '13700000000'])).toEqual([]);
    });
  });
});

describe('customerTimeline', () => {
  it('lists calls and returns of one customer, newest first', async () => {
    const w = await openStockWorld();
    const id = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
    const other = await createCustomer(w.db, w.clerk, { name: '李娜', phones: [] });
    await createCallLog(w.db, w.clerk, { direction: 'in', at: w.t0 - 5000, phone: '13800138000', customerId: id, contact: '张伟', topic: 'repair', content: '漏水', result: '' });
    await createCallLog(w.db, w.clerk, { direction: 'in', at: w.t0 - 4000, phone: '', customerId: other, contact: '李娜', topic: 'consult', content: '问价', result: '' });
    const pp = await w.product('PP');
    await postReturn(w.db, w.keeper, { customerId: id, lines: [{ productId: pp, qty: 1 }], reason: '不需要' }, w.t0);
    const timeline = await customerTimeline(w.db, id);
    expect(timeline.map((e) => [e.kind, e.at])).toEqual([['return', w.t0], ['call', w.t0 - 5000]]);
    await w.db.delete();
  });
});
