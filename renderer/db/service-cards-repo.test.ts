import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { createServiceCard, getServiceCard, listServiceCards, type ServiceCardWrite } from './service-cards-repo';
import { openServiceWorld, type ServiceWorld } from './service-test-world';

let w: ServiceWorld;
let productId: number;
beforeEach(async () => {
  w = await openServiceWorld();
  productId = await w.product('JS-01');
});
afterEach(async () => {
  await w.db.delete();
});

const card = (over: Partial<ServiceCardWrite> = {}): ServiceCardWrite => ({
  customerId: w.customerId, productId, serialNo: 'SN-001', serviceDate: '2026-11-27', content: '更换滤芯', technicianId: w.tech.staffId, ...over,
});
const pathsOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x: unknown) => x);
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(e)}`);
  return e.issues.map((i) => `${i.path}:${i.message}`);
};

describe('service cards', () => {
  it('numbers a card FK + service date + sequence when none is given, audited and queued for review', async () => {
    const a = await createServiceCard(w.db, w.clerk, card(), w.t0);
    const b = await createServiceCard(w.db, w.clerk, card({ cardNo: ' ' }), w.t0);
    const c = await createServiceCard(w.db, w.clerk, card({ cardNo: 'A-17' }), w.t0);
    expect([a.cardNo, b.cardNo, c.cardNo]).toEqual(['FK20261127-001', 'FK20261127-002', 'A-17']);
    expect(await getServiceCard(w.db, a.id)).toEqual(a);
    expect(await w.db.reviewQueue.get(['serviceCards', a.id])).toEqual({ kind: 'serviceCards', recordId: a.id, createdAt: w.t0 });
    expect((await recordHistory(w.db, 'serviceCards', a.id))[0]?.after).toMatchObject({ cardNo: 'FK20261127-001', productId });
  });

  it('refuses a card without a product at the field, also for a product not on file', async () => {
    expect(await pathsOf(createServiceCard(w.db, w.clerk, card({ productId: 0 }), w.t0))).toEqual(['productId:service.card.error.productRequired']);
    expect(await pathsOf(createServiceCard(w.db, w.clerk, card({ productId: 999 }), w.t0))).toEqual(['productId:service.card.error.productRequired']);
    expect(await w.db.serviceCards.count()).toBe(0);
    expect(await w.db.docCounters.get('FK2026-11-27')).toBeUndefined();
  });

  it('refuses a card number already in use and a role without service.write', async () => {
    await createServiceCard(w.db, w.clerk, card({ cardNo: 'A-17' }), w.t0);
    expect(await pathsOf(createServiceCard(w.db, w.clerk, card({ cardNo: 'A-17' }), w.t0))).toEqual(['cardNo:service.card.error.cardNoInUse']);
    await expect(createServiceCard(w.db, w.keeper, card(), w.t0)).rejects.toBeInstanceOf(PermissionError);
  });

  it('lists by service date, newest first, within a range', async () => {
    await createServiceCard(w.db, w.clerk, card({ serviceDate: '2026-11-01' }), w.t0);
    await createServiceCard(w.db, w.clerk, card({ serviceDate: '2026-11-20' }), w.t0);
    await createServiceCard(w.db, w.clerk, card({ serviceDate: '2026-12-01' }), w.t0);
    expect((await listServiceCards(w.db, { fromDay: '2026-11-01', toDay: '2026-11-30' })).map((c) => c.serviceDate)).toEqual(['2026-11-20', '2026-11-01']);
    expect(await listServiceCards(w.db, {}, 1)).toHaveLength(1);
  });
});
