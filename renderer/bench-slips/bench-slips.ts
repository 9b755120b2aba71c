/**
 * The slips benchmark page (renderer/bench-slips.html), driven by bench/slips.mjs in headless Chromium
 * on real IndexedDB. It calls the real repositories; only the seeding uses bulk loaders.
 */
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import type { SlipFields } from '@shared/slips/purchase-slip';
import { movementStamp } from '@shared/stock/ledger';
import { bulkAddCustomers } from '../db/customers-repo';
import { addedKey } from '../db/db';
import { callbackQueue, chaseQueue, shipmentLog } from '../db/shipments-repo';
import {
  confirmSlipByPhone, handOverShippingList, markWaybillsPrinted, pickingList, postSlipShipment, recordSlipCount, recordSlipWaybill,
  saveShippingList, shippingListDraft, startSlipPicking,
} from '../db/shipping-repo';
import { createSlip, markSlipPrinted } from '../db/slips-repo';
import { bulkAddMovements, bulkAddProducts } from '../db/stock-bulk';
import { seededRandom } from '../bench/fake-data';
import { benchDatabase, serveBenchmarks, timed } from '../bench/harness';
import { fakeCustomers, fakeProducts } from '../bench-stock/fake-stock';
import { seedShipments } from './fake-slips';

let actor: Actor = { staffId: 1, name: 'bench', roles: ['supervisor'] };
let second: Actor = actor;
let stocked: number[] = [];
let customerIds: number[] = [];
let logDay = '';

const { fresh, open } = benchDatabase('bench-slips');

interface SeedParams {
  customers: number;
  products: number;
  shipments: number;
  perDay: number;
  seed: number;
}

async function addStaff(name: string, roles: Actor['roles']): Promise<Actor> {
  const row = { name, roles, pinHash: '', pinSalt: '', pinIterations: 1, active: true, failedAttempts: 0, lockedUntil: 0, createdAt: Date.now() };
  return { staffId: addedKey(await open().staff.add(row)), name, roles };
}

/** Customers, a product catalogue (100 of them stocked), two staff who pack, and years of shipments. */
async function seed(p: SeedParams) {
  await fresh();
  const rand = seededRandom(p.seed);
  customerIds = await bulkAddCustomers(open(), fakeCustomers(p.customers, rand));
  const productIds = await bulkAddProducts(open(), fakeProducts(p.products, rand));
  stocked = productIds.slice(0, 100);
  const now = Date.now();
  const day = toIsoDate(now - 400 * 86_400_000);
  await bulkAddMovements(open(), [{ ...movementStamp(actor, `RK${day.replaceAll('-', '')}-001`, now, day), kind: 'receive', lines: stocked.map((productId) => ({ productId, qty: 1_000_000 })) }]);
  actor = await addStaff('李强', ['warehouse', 'supervisor']);
  second = await addStaff('赵敏', ['logistics']);
  const [seeded_, seedMs] = await timed(() => seedShipments(open(), { count: p.shipments, perDay: p.perDay, productIds, customerIds, now }, rand));
  logDay = seeded_.day;
  return { customers: customerIds.length, products: productIds.length, shipments: seeded_.shipments, slips: await open().purchaseSlips.count(), logDay, seedMs };
}

function tenLines(offset: number, delivery: SlipFields['delivery']): SlipFields {
  const lines = Array.from({ length: 10 }, (_, i) => ({ productId: stocked[(offset + i) % stocked.length] ?? 0, qty: 1 + (i % 3), unitPrice: 12.5, amount: 12.5 * (1 + (i % 3)) }));
  const customerId = customerIds[offset % customerIds.length] ?? 0;
  return { day: toIsoDate(Date.now()), customerId, orderType: 'normal', delivery, lines, total: lines.reduce((n, l) => n + l.amount, 0), remarks: '', attachments: [], approvals: {} };
}

/** Saving a 10-line slip: every rule checked, numbered, audited, one transaction. */
async function saveSlip(p: { repeats: number; offset: number }) {
  const times: number[] = [];
  for (let i = 0; i < p.repeats; i += 1) times.push((await timed(() => createSlip(open(), actor, tenLines(p.offset + i, 'pickup'))))[1]);
  return { times };
}

/** Posting a 10-line shipping slip (rules again, OUT-4, movement, shipment, audit): the biggest write. */
async function postShipment(p: { repeats: number; offset: number }) {
  const times: number[] = [];
  for (let i = 0; i < p.repeats; i += 1) {
    const d = open();
    const slip = await createSlip(d, actor, tenLines(p.offset + i, 'ship'));
    await markSlipPrinted(d, actor, slip.id);
    const draft = await shippingListDraft(d, slip.id);
    // The clerk types the address the generated customers do not have.
    const recipient = { ...draft.recipient, phone: draft.recipient.phone || '13900000000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技路1号' };
    await saveShippingList(d, actor, slip.id, { ...draft, recipient });
    await confirmSlipByPhone(d, actor, slip.id, { direction: 'out', at: Date.now(), phone: '', customerId: slip.customerId, contact: '', topic: 'logistics', content: '确认', result: '' }, true);
    await handOverShippingList(d, actor, slip.id);
    await startSlipPicking(d, actor, slip.id);
    const lines = (await pickingList(d, slip.id)).map((r) => ({ productId: r.productId, qty: r.qty }));
    await recordSlipCount(d, actor, slip.id, { staffId: actor.staffId, name: actor.name, at: Date.now() }, lines);
    await recordSlipCount(d, actor, slip.id, { staffId: second.staffId, name: second.name, at: Date.now() }, lines);
    await markWaybillsPrinted(d, actor, [slip.id]);
    await recordSlipWaybill(d, actor, slip.id, { carrier: 'SF', trackingNo: `SF9${String(p.offset + i).padStart(12, '0')}`, thirdCopyFiled: true });
    times.push((await timed(() => postSlipShipment(d, actor, slip.id)))[1]);
  }
  return { times };
}

async function dayLog(p: { repeats: number }) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < p.repeats; i += 1) {
    const [r, ms] = await timed(() => shipmentLog(open(), logDay));
    rows = r.length;
    times.push(ms);
  }
  return { times, rows, day: logDay };
}

async function queues(p: { repeats: number }) {
  const chaseTimes: number[] = [];
  const callbackTimes: number[] = [];
  let chase = 0;
  let callback = 0;
  for (let i = 0; i < p.repeats; i += 1) {
    const [c, cms] = await timed(() => chaseQueue(open(), Date.now()));
    const [b, bms] = await timed(() => callbackQueue(open()));
    chase = c.length;
    callback = b.length;
    chaseTimes.push(cms);
    callbackTimes.push(bms);
  }
  return { chaseTimes, callbackTimes, chase, callback };
}

serveBenchmarks({ seed, saveSlip, postShipment, dayLog, queues });
