import type { Actor } from '@shared/auth/roles';
import type { AuditEntry } from '@shared/audit/audit';
import type { CallLogInput } from '@shared/domain/call-log';
import { localDayStart, toIsoDate } from '@shared/domain/local-date';
import { emptyProductInput } from '@shared/products/product';
import type { Shipment } from '@shared/shipping/shipment';
import type { Recipient, ShippingList } from '@shared/shipping/shipping-list';
import { slipMovement } from '@shared/slips/slip-documents';
import { nextSlipNo, type PurchaseSlip } from '@shared/slips/purchase-slip';
import { nextDocNo, stockDocPrefixes } from '@shared/stock/doc-no';
import { balances, movementProductIds, movementStamp, type Movement } from '@shared/stock/ledger';
import { receiptMovement, type Receipt } from '@shared/stock/receiving';
import { bulkAddChunked } from '../db/bulk-add';
import { bulkAddCallLogs } from '../db/call-logs-repo';
import { bulkAddCustomers, customerSnapshot, getCustomersByIds } from '../db/customers-repo';
import { addedKey, type AppDB } from '../db/db';
import { hashPin } from '../db/pin-hash';
import { createProduct } from '../db/products-repo';
import { addStaffHashed } from '../db/staff-repo';
import { refKeyOf, type StoredMovement } from '../db/stock-rows';
import { fakeCalls, fakeCustomers, pick, seededRandom } from './fake-data';

/**
 * The 10-year volume of issue 3 for the backup/restore benchmark: customers and calls, each with the
 * 'create' audit entry its repository writes, and parcels shipped over the years — each a posted
 * purchase slip (two matching counts, a waybill) with its shipping list, its shipment-log entry, its
 * outbound movement and their audit entries, out of stock received at the start. The data is whole:
 * the data check (数据自检, checkIntegrity) finds nothing in it. The default plan keeps the ~1M rows the
 * benchmark has always measured.
 */
export interface TenYearPlan {
  customers: number;
  calls: number;
  /** Parcels shipped (8 rows each: slip, list, shipment, movement and their audit entries). */
  shipments: number;
}

export const tenYearPlan: TenYearPlan = { customers: 50_000, calls: 400_000, shipments: 12_500 };

const dayMs = 86_400_000;
const span = 3650 * dayMs;
const slices = 8;
const chunk = 5000;

const models = [['JS-200 净水器', 1980], ['JS-350 净水器', 2680], ['KQ-8 空气净化器', 1580], ['LX-60 滤芯', 58], ['RO-75 膜', 268], ['PJ-10 配件包', 25]] as const;
const carriers = ['SF', 'ZTO', 'YTO', 'JD'];
const places = [['北京市', '北京市', '朝阳区'], ['上海市', '上海市', '浦东新区'], ['广东省', '广州市', '天河区'], ['四川省', '成都市', '武侯区']] as const;

type Entry = Omit<AuditEntry, 'id'>;
const created = (by: Actor, table: string, recordId: number, at: number, after: object): Entry => ({
  at, staffId: by.staffId, staffName: by.name, action: 'create', table, recordId: String(recordId), after: { ...after },
});

async function seedCustomersAndCalls(db: AppDB, plan: TenYearPlan, by: Actor, endMs: number, rand: () => number): Promise<number[]> {
  const ids = await bulkAddCustomers(db, fakeCustomers(plan.customers, rand));
  const customers = await getCustomersByIds(db, ids);
  const known = [...customers].flatMap(([id, c]) => (c.phones[0] ? [{ id, name: c.name, phone: c.phones[0] }] : []));
  await bulkAddChunked(db, db.auditLog, [...customers].map(([id, c]) => created(by, 'customers', id, c.createdAt, customerSnapshot(c))), chunk);
  customers.clear();
  // The calls in slices of ~15 months each, so no more than 50k call objects exist at a time.
  const sliceDays = Math.floor(3650 / slices);
  for (let s = 0; s < slices; s++) {
    const n = Math.floor(plan.calls / slices) + (s === slices - 1 ? plan.calls % slices : 0);
    const calls: CallLogInput[] = fakeCalls(n, known, endMs - (slices - 1 - s) * sliceDays * dayMs, sliceDays, rand);
    const callIds = await bulkAddCallLogs(db, calls);
    await bulkAddChunked(db, db.auditLog, calls.map((c, i) => created(by, 'callLogs', callIds[i] ?? 0, c.at, c)), chunk);
  }
  return ids;
}

interface Parcel {
  /** Its place in its day's GX… and CK… series (0 = the first). */
  seq: number;
  slip: PurchaseSlip;
  list: (slipId: number) => ShippingList;
  shipment: (slipId: number, listId: number) => Shipment;
}

interface ParcelContext {
  endMs: number;
  by: Actor;
  /** The second of the two who count (OUT-4). */
  counter: Actor;
  products: number[];
  customers: number[];
}

/** The day of the i-th parcel of `count`, spread evenly over the ten years. */
function parcelDay(i: number, count: number, endMs: number): string {
  return toIsoDate(endMs - span + Math.floor((i / count) * span));
}

/** The i-th parcel of `count`, shipped from 10:00 on its day; `seq` numbers its slip and outbound slip within the day. */
function parcel(i: number, count: number, seq: number, ctx: ParcelContext, rand: () => number): Parcel {
  const day0 = new Date(localDayStart(parcelDay(i, count, ctx.endMs)));
  const at = new Date(day0.getFullYear(), day0.getMonth(), day0.getDate(), 10).getTime() + seq * 60_000;
  const day = toIsoDate(at);
  const k = Math.floor(rand() * models.length);
  const qty = 1 + Math.floor(rand() * 3);
  const price = models[k]?.[1] ?? 100;
  const lines = [{ productId: ctx.products[k] ?? 0, qty, unitPrice: price, amount: price * qty }];
  const carrier = pick(rand, carriers);
  const trackingNo = `${carrier}${String(1_000_000_000_000 + i)}`;
  const stamp = { staffId: ctx.by.staffId, name: ctx.by.name, at };
  const counted = { ...stamp, lines: [{ productId: lines[0]?.productId ?? 0, qty }] };
  const slip: PurchaseSlip = {
    no: nextSlipNo(day, seq), day, customerId: pick(rand, ctx.customers), orderType: 'normal', delivery: 'ship', lines, total: price * qty, remarks: '',
    attachments: [], approvals: {}, handlerId: ctx.by.staffId, handlerName: ctx.by.name, status: 'posted', printedAt: at,
    counts: [counted, { ...counted, staffId: ctx.counter.staffId, name: ctx.counter.name }],
    waybill: { carrier, trackingNo, printedAt: at, thirdCopyFiled: true }, released: stamp, createdAt: at, updatedAt: at,
  };
  const [province, city, district] = pick(rand, places);
  const recipient: Recipient = { name: `收货人${i}`, phone: `139${String(i % 1e8).padStart(8, '0')}`, province, city, district, detail: `科技路${i % 300}号` };
  const signed = ctx.endMs - at > 5 * dayMs;
  return {
    seq,
    slip,
    list: (slipId) => ({ slipId, lines: [{ category: '设备', qty }], recipient, createdAt: at, updatedAt: at }),
    shipment: (slipId, listId) => ({
      slipId, slipNo: slip.no, shippingListId: listId, recipient, goods: [{ name: models[k]?.[0] ?? '', qty }], customerId: slip.customerId, carrier, trackingNo,
      shippedAt: at, day, status: signed ? 'confirmed' : 'shipped', chases: [], callbacks: [], updatedAt: at, ...(signed ? { signedAt: at + 2 * dayMs } : {}),
    }),
  };
}

/** The warehouse keeper who receives the opening delivery and counts every parcel with the supervisor (IN-2, OUT-4). */
async function benchKeeper(db: AppDB, by: Actor, at: number): Promise<Actor> {
  const existing = (await db.staff.toArray()).find((s) => s.name === '李强' && s.id !== undefined);
  if (existing?.id !== undefined) return { staffId: existing.id, name: existing.name, roles: existing.roles };
  const roles: Actor['roles'] = ['warehouse'];
  return { staffId: await addStaffHashed(db, by, { name: '李强', roles, active: true }, await hashPin('2222'), at), name: '李强', roles };
}

const stored = (m: Movement): Omit<StoredMovement, 'id'> => ({ ...m, productIds: movementProductIds(m), ...(m.ref ? { refKey: refKeyOf(m.ref) } : {}) });

/** One chunk of parcels: slips, lists, shipments and movements with their audit entries, in one transaction. */
async function writeParcels(db: AppDB, by: Actor, batch: readonly Parcel[]): Promise<Movement[]> {
  return db.transaction('rw', [db.purchaseSlips, db.shippingLists, db.shipments, db.movements, db.auditLog], async () => {
    const slipIds = await db.purchaseSlips.bulkAdd(batch.map((b) => b.slip), { allKeys: true });
    const lists = batch.map((b, k) => b.list(slipIds[k] ?? 0));
    const listIds = await db.shippingLists.bulkAdd(lists, { allKeys: true });
    const shipments = batch.map((b, k) => b.shipment(slipIds[k] ?? 0, listIds[k] ?? 0));
    const shipmentIds = await db.shipments.bulkAdd(shipments, { allKeys: true });
    const movements = batch.map((b, k) => {
      const at = b.slip.released?.at ?? b.slip.createdAt;
      return slipMovement({ ...b.slip, id: slipIds[k] ?? 0 }, movementStamp(by, nextDocNo(stockDocPrefixes.outbound, b.slip.day, b.seq), at, b.slip.day));
    });
    const movementIds = await db.movements.bulkAdd(movements.map(stored), { allKeys: true });
    await db.auditLog.bulkAdd(batch.flatMap((b, k) => [
      created(by, 'purchaseSlips', slipIds[k] ?? 0, b.slip.createdAt, b.slip),
      created(by, 'shippingLists', listIds[k] ?? 0, b.slip.createdAt, lists[k] ?? {}),
      created(by, 'movements', movementIds[k] ?? 0, b.slip.createdAt, movements[k] ?? {}),
      created(by, 'shipments', shipmentIds[k] ?? 0, b.slip.createdAt, shipments[k] ?? {}),
    ]));
    return movements;
  });
}

/** The products, the opening delivery that stocks every parcel, the parcels, and the balances that are the sum of it all. */
async function seedParcels(db: AppDB, count: number, by: Actor, endMs: number, customers: number[], rand: () => number): Promise<void> {
  if (count === 0 || customers.length === 0) return;
  const start = endMs - span - dayMs;
  const products: number[] = [];
  for (const [k, [name, price]] of models.entries()) {
    products.push(await createProduct(db, by, { ...emptyProductInput(), code: `BM-${k + 1}`, name, unit: '台', price, category: '设备' }, start));
  }
  const counter = await benchKeeper(db, by, start);
  const ctx: ParcelContext = { endMs, by, counter, products, customers };
  const perDay = new Map<string, number>();
  const ledger: Movement[] = [];
  for (let from = 0; from < count; from += chunk) {
    const batch = Array.from({ length: Math.min(chunk, count - from) }, (_, j) => {
      const i = from + j;
      const day = parcelDay(i, count, endMs);
      const seq = perDay.get(day) ?? 0;
      perDay.set(day, seq + 1);
      return parcel(i, count, seq, ctx, rand);
    });
    ledger.push(...(await writeParcels(db, by, batch)));
  }
  const needed = balances(ledger);
  const day = toIsoDate(start);
  const receipt: Receipt = {
    ...movementStamp(by, nextDocNo(stockDocPrefixes.inbound, day, 0), start, day), deliveryNoteNo: 'BENCH-OPENING', supplier: '华清净水设备厂',
    receiverId: by.staffId, receiverName: by.name, keeperId: counter.staffId, keeperName: counter.name,
    lines: products.map((productId) => ({ productId, noteQty: 100 - (needed.get(productId) ?? 0), countedQty: 100 - (needed.get(productId) ?? 0) })),
  };
  await db.transaction('rw', [db.receipts, db.movements, db.stockBalances, db.docCounters, db.auditLog], async () => {
    const id = addedKey(await db.receipts.add(receipt));
    const m = receiptMovement({ ...receipt, id });
    if (!m) return;
    const mId = addedKey(await db.movements.add(stored(m)));
    await db.auditLog.bulkAdd([created(by, 'receipts', id, start, receipt), created(by, 'movements', mId, start, m)]);
    const onHand = balances([...ledger, m]);
    await db.stockBalances.bulkPut(products.map((productId) => ({ productId, onHand: onHand.get(productId) ?? 0 })));
    // The day's series go on after the seeded numbers, as the repositories' counters would.
    await db.docCounters.bulkPut([{ key: `RK${day}`, count: 1 }, ...[...perDay].flatMap(([d, n]) => [{ key: `GX${d}`, count: n }, { key: `CK${d}`, count: n }])]);
  });
}

/** Fills an empty database with the plan's rows; `by` is the staff member the records and audit entries name. */
export async function seedTenYears(db: AppDB, plan: TenYearPlan, by: Actor, endMs = Date.now()): Promise<void> {
  const rand = seededRandom(2026);
  const customers = await seedCustomersAndCalls(db, plan, by, endMs, rand);
  await seedParcels(db, plan.shipments, by, endMs, customers, rand);
}
