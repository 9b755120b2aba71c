import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { defaultCarriers } from '@shared/shipping/carriers';
import { getCarrier, getSender, listCarriers, saveCarriers, saveShippingSetup, trackingUrl } from './carriers-repo';
import type { AppDB } from './db';
import { openTestDb, testActor } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const logistics = testActor(['logistics'], 3, '赵敏');

describe('carrier list', () => {
  it('is the nine default carriers until it is saved', async () => {
    expect((await listCarriers(db)).map((c) => c.name)).toEqual(['顺丰', '中通', '圆通', '申通', '韵达', '极兔', 'EMS', '京东', '德邦']);
    expect(await db.carriers.count()).toBe(0);
  });

  it('saves an edited list in its order: a new carrier, one deactivated (never deleted), audited', async () => {
    const edited = [...defaultCarriers.map((c) => (c.code === 'DBL' ? { ...c, active: false } : c)), { code: 'zjs', name: ' 宅急送 ', trackingUrl: '', active: true }];
    await saveCarriers(db, logistics, edited, 1000);
    const list = await listCarriers(db);
    expect(list.at(-1)).toEqual({ code: 'ZJS', name: '宅急送', trackingUrl: '', active: true });
    expect((await listCarriers(db, { activeOnly: true })).map((c) => c.code)).not.toContain('DBL');
    expect((await getCarrier(db, 'DBL'))?.active).toBe(false);
    expect(await db.auditLog.where('table').equals('carriers').count()).toBe(1);
  });

  it('refuses duplicate codes, an empty list, a tracking page off the allow-list, and staff who do not pack', async () => {
    await expect(saveCarriers(db, logistics, [...defaultCarriers, { code: 'SF', name: '顺丰2', trackingUrl: '', active: true }])).rejects.toMatchObject({ issues: [{ message: 'carrier.error.duplicateCode' }] });
    await expect(saveCarriers(db, logistics, [])).rejects.toMatchObject({ issues: [{ message: 'carrier.error.empty' }] });
    await expect(saveCarriers(db, logistics, [{ code: 'X', name: 'X', trackingUrl: 'https://evil.example/{no}', active: true }])).rejects.toMatchObject({ issues: [{ message: 'carrier.error.urlNotAllowed' }] });
    await expect(saveCarriers(db, testActor(['frontdesk']), [...defaultCarriers])).rejects.toBeInstanceOf(PermissionError);
    expect(await db.carriers.count()).toBe(0);
  });

  it('gives the allow-listed tracking page for a number', async () => {
    expect(await trackingUrl(db, 'SF', 'sf1234567890123')).toBe('https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890123');
    expect(await trackingUrl(db, 'NOPE', 'SF1234567890123')).toBeUndefined();
  });
});

describe('the sender on waybills (SHP-2)', () => {
  const sender = { name: ' 售后服务中心 ', phone: '0571-88886666', address: '杭州市西湖区文三路1号' };

  it('SHP-2: the carrier list and the sender are saved together, in one audited write', async () => {
    expect(await getSender(db)).toBeNull();
    await saveShippingSetup(db, logistics, [...defaultCarriers], sender, 1000);
    expect(await getSender(db)).toEqual({ ...sender, name: '售后服务中心' });
    const [entry] = await db.auditLog.where('table').equals('carriers').toArray();
    expect(entry?.after).toMatchObject({ sender: { phone: '0571-88886666' } });
    expect(entry?.before).toMatchObject({ sender: null });
  });

  it('SHP-2: a refused list writes neither the list nor the sender; saving the list alone keeps the sender', async () => {
    await saveShippingSetup(db, logistics, [...defaultCarriers], sender, 1000);
    const bad = [{ code: 'ANE', name: '安能', trackingUrl: 'http://www.ane56.com/?no={no}', active: true }];
    await expect(saveShippingSetup(db, logistics, bad, { ...sender, phone: '' }, 2000)).rejects.toMatchObject({ issues: [{ message: 'carrier.error.urlNotAllowed' }] });
    expect((await getSender(db))?.phone).toBe('0571-88886666');
    await saveCarriers(db, logistics, [...defaultCarriers], 3000);
    expect((await getSender(db))?.phone).toBe('0571-88886666');
  });
});
