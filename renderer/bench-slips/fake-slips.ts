import { toIsoDate } from '@shared/domain/local-date';
import { nextSlipNo, type PurchaseSlip } from '@shared/slips/purchase-slip';
import type { Shipment, ShipmentStatus } from '@shared/shipping/shipment';
import type { ShippingList } from '@shared/shipping/shipping-list';
import type { AppDB } from '../db/db';
import { pick } from '../bench/fake-data';

/**
 * Years of posted shipping slips for the slips benchmark: each with its shipping list and its
 * shipment, statuses as a real log ages (recent parcels on the road or signed, old ones confirmed,
 * a few exceptions). Bench seeding only: written with bulkAdd, no audit.
 */

const provinces = [['广东省', '深圳市', '南山区'], ['北京市', '北京市', '海淀区'], ['上海市', '上海市', '浦东新区'], ['浙江省', '杭州市', '西湖区'], ['四川省', '成都市', '武侯区']] as const;
const carriers = ['SF', 'ZTO', 'YTO', 'STO', 'YD', 'JT', 'EMS', 'JD', 'DBL'];
const day = 86_400_000;

export interface ShipmentPlan {
  count: number;
  perDay: number;
  productIds: number[];
  customerIds: number[];
  now: number;
}

/** Status by age in days: the recent are on the road or signed; the old confirmed, with rare exceptions. */
function statusFor(age: number, r: number): { status: ShipmentStatus; signed: boolean } {
  if (age <= 1) return { status: r < 0.5 ? 'shipped' : 'inTransit', signed: false };
  if (age <= 5) {
    if (r < 0.1) return { status: r < 0.05 ? 'chasing' : 'inTransit', signed: false };
    return r < 0.5 ? { status: 'signed', signed: true } : { status: 'confirmed', signed: true };
  }
  if (r < 0.0005) return { status: 'exception', signed: false }; // lost: chased until resolved
  if (r < 0.0035) return { status: 'exception', signed: true }; // damaged on arrival (callback problem)
  return { status: 'confirmed', signed: true };
}

/** The i-th parcel, counted back from today: `perDay` a day. */
function parcel(i: number, p: ShipmentPlan, rand: () => number) {
  const age = Math.floor(i / p.perDay);
  // 04:00–12:00 local of the parcel's day, so its day (and its slip number series) is the counted one.
  const noon = new Date(p.now);
  const shippedAt = new Date(noon.getFullYear(), noon.getMonth(), noon.getDate() - age, 12).getTime() - Math.floor(rand() * 8 * 3_600_000);
  const dayIso = toIsoDate(shippedAt);
  const seq = i % p.perDay;
  const lines = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
    const price = 10 + Math.floor(rand() * 500);
    const qty = 1 + Math.floor(rand() * 3);
    return { productId: pick(rand, p.productIds), qty, unitPrice: price, amount: price * qty };
  });
  const customerId = pick(rand, p.customerIds);
  const carrier = pick(rand, carriers);
  const trackingNo = `${carrier}${String(1_000_000_000_000 + i)}`;
  const stamp = { staffId: 1, name: 'bench', at: shippedAt };
  const slip: PurchaseSlip = {
    no: nextSlipNo(dayIso, seq), day: dayIso, customerId, orderType: 'normal', delivery: 'ship', lines,
    total: lines.reduce((n, l) => n + l.amount, 0), remarks: '', attachments: [], approvals: {}, handlerId: 1, handlerName: 'bench',
    status: 'posted', printedAt: shippedAt, counts: [{ ...stamp, lines: [] }, { ...stamp, staffId: 2, lines: [] }],
    waybill: { carrier, trackingNo, printedAt: shippedAt, thirdCopyFiled: true }, released: stamp, createdAt: shippedAt, updatedAt: shippedAt,
  };
  const [province, city, district] = pick(rand, provinces);
  const recipient = { name: `收货人${i}`, phone: `139${String(i).padStart(8, '0')}`, province, city, district, detail: `科技路${i % 300}号` };
  const { status, signed } = statusFor(age, rand());
  const shipment = (slipId: number): Shipment => ({
    slipId, slipNo: slip.no, customerId, carrier, trackingNo, shippedAt, day: dayIso, status, chases: [], callbacks: [], updatedAt: shippedAt,
    recipient, goods: lines.map((l) => ({ name: `产品${l.productId}`, qty: l.qty })),
    ...(signed ? { signedAt: shippedAt + 2 * day } : {}),
  });
  const list = (slipId: number): ShippingList => ({ slipId, lines: [{ category: '设备', qty: 1 }], recipient, createdAt: shippedAt, updatedAt: shippedAt });
  return { slip, list, shipment };
}

/** Writes `count` posted slips with their lists and shipments, in chunks; returns the busiest full day. */
export async function seedShipments(db: AppDB, p: ShipmentPlan, rand: () => number, chunk = 5000): Promise<{ shipments: number; day: string }> {
  for (let from = 0; from < p.count; from += chunk) {
    const batch = Array.from({ length: Math.min(chunk, p.count - from) }, (_, k) => parcel(from + k, p, rand));
    await db.transaction('rw', db.purchaseSlips, db.shippingLists, db.shipments, db.docCounters, async () => {
      const ids = await db.purchaseSlips.bulkAdd(batch.map((b) => b.slip), { allKeys: true });
      // The day's GX series goes on after the seeded numbers, as the repository's counter would.
      const perDay = new Map<string, number>();
      for (const b of batch) perDay.set(b.slip.day, (perDay.get(b.slip.day) ?? 0) + 1);
      for (const [d, n] of perDay) {
        const key = `GX${d}`;
        await db.docCounters.put({ key, count: ((await db.docCounters.get(key))?.count ?? 0) + n });
      }
      const listIds = await db.shippingLists.bulkAdd(batch.map((b, k) => b.list(ids[k] ?? 0)), { allKeys: true });
      await db.shipments.bulkAdd(batch.map((b, k) => ({ ...b.shipment(ids[k] ?? 0), shippingListId: listIds[k] ?? 0 })));
    });
  }
  const busy = new Date(p.now);
  return { shipments: await db.shipments.count(), day: toIsoDate(new Date(busy.getFullYear(), busy.getMonth(), busy.getDate() - 3, 12).getTime()) };
}
