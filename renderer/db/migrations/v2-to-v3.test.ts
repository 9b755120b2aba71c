import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, schemaVersion, storesV1, storesV2, storesV3 } from '../db';
import { createCustomer, getCustomer, searchCustomers, updateCustomer } from '../customers-repo';
import { createProduct } from '../products-repo';
import { emptyProductInput } from '@shared/products/product';
import { testActor } from '../test-db';
import { upgradeCustomer } from './v2-to-v3';

const name = `migration-v3-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const clerk = testActor(['frontdesk', 'warehouse'], 1, '王丽');

/** Rows as the issue-3 build (schema version 2) stored them. */
const legacyCustomers = [
  { name: '张伟', phones: ['13800138000', '01065529988'], address: '北京市朝阳区建国路 88 号', notes: '老会员', searchKeys: ['张伟', '13800138000', '01065529988'], createdAt: 1, updatedAt: 2, createdById: 1 },
  { name: '单丽', phones: [], searchKeys: ['单丽'], createdAt: 3, updatedAt: 3 },
];
const staff = { name: '王丽', roles: ['frontdesk', 'warehouse'], pinHash: 'h', pinSalt: 's', pinIterations: 1, active: true, failedAttempts: 0, lockedUntil: 0, createdAt: 1 };
const audit = { at: 5, staffId: 1, staffName: '王丽', action: 'create', table: 'customers', recordId: '1', after: { name: '张伟' } };

async function writeVersion2Data(): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(storesV1);
  v2.version(2).stores(storesV2);
  await v2.table('customers').bulkAdd(legacyCustomers.map((c) => ({ ...c })));
  await v2.table('staff').add({ ...staff });
  await v2.table('auditLog').add({ ...audit });
  await v2.table('settings').put({ key: 'lang', value: 'zh-CN' });
  expect(v2.verno).toBe(2);
  v2.close();
}

describe('schema migration v2 → v3', () => {
  it('gives every stored customer its profile and pinyin keys, keeping every other row', async () => {
    await writeVersion2Data();
    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect(await getCustomer(db, 1)).toEqual({
      ...legacyCustomers[0], id: 1, type: 'ordinary', isKey: false, primaryPhone: '13800138000',
      addresses: [{ province: '', city: '', district: '', detail: '北京市朝阳区建国路 88 号', isDefault: true }],
      searchKeys: ['张伟', '13800138000', '01065529988', 'zhangwei', 'zw'],
    });
    // 单 as a surname reads shan (pinyin-pro surname mode), and a customer without phones has no primary.
    expect(await getCustomer(db, 2)).toMatchObject({ type: 'ordinary', addresses: [], searchKeys: ['单丽', 'shanli', 'sl'] });
    expect((await getCustomer(db, 2))?.primaryPhone).toBeUndefined();
    expect((await searchCustomers(db, 'zw')).map((c) => c.name)).toEqual(['张伟']);
    expect(await db.staff.count()).toBe(1);
    expect(await db.auditLog.toArray()).toEqual([{ ...audit, id: 1 }]);
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'zh-CN' });
    for (const t of Object.keys(storesV3)) expect(await db.table(t).count(), t).toBe(0);
    db.close();
  });

  it('the upgraded database takes issue-4 records: a product, a profile edit that keeps the old address', async () => {
    await writeVersion2Data();
    const db = new AppDB(name);
    const id = await createProduct(db, clerk, { ...emptyProductInput(), code: 'lx-pp', name: 'PP棉滤芯', unit: '支' });
    expect((await db.products.get(id))?.code).toBe('LX-PP');
    await updateCustomer(db, clerk, 1, { name: '张伟', phones: ['13800138000', '01065529988'], address: '北京市朝阳区建国路 88 号', notes: '老会员', type: 'member', memberNo: 'm-001' });
    expect(await getCustomer(db, 1)).toMatchObject({ type: 'member', memberNo: 'M-001', address: '北京市朝阳区建国路 88 号' });
    expect((await searchCustomers(db, 'm-00')).map((c) => c.id)).toEqual([1]);
    const added = await createCustomer(db, clerk, { name: '吕强', phones: ['13900139000'] });
    expect((await searchCustomers(db, 'lvq')).map((c) => c.id)).toEqual([added]);
    db.close();
  });

  it('upgradeCustomer keeps profile fields a row already has', () => {
    const row = upgradeCustomer({ name: '李娜', phones: ['13912345678'], type: 'store', storeNo: 'S-9', isKey: true, addresses: [] });
    expect(row).toMatchObject({ type: 'store', storeNo: 'S-9', isKey: true, primaryPhone: '13912345678' });
    expect(row.searchKeys).toContain('s-9');
  });

  it('keeps the v1 and v2 store definitions exactly as shipped', () => {
    expect(storesV2).toEqual({
      staff: '++id, name, active',
      auditLog: '++id, at, staffId, table, [table+recordId]',
      templates: 'id',
      printProfiles: '[printerName+templateId], templateId',
    });
  });
});
