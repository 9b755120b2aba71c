import type { Actor } from '@shared/auth/roles';
import type { AuditEntry } from '@shared/audit/audit';
import { bulkAddChunked } from '../db/bulk-add';
import { bulkAddCallLogs } from '../db/call-logs-repo';
import { bulkAddCustomers, getCustomersByIds } from '../db/customers-repo';
import type { AppDB } from '../db/db';
import { fakeCalls, fakeCustomers, pick, seededRandom } from './fake-data';

/**
 * The 10-year volume of issue 3 (~1M rows) for the backup/restore benchmark. Shipments do not exist
 * yet (a later issue), so the 200k shipment-like rows are stored as audit-log entries whose `after`
 * holds a shipment-sized record; the rest of the million are the audit entries of the customer and
 * call creations. Everything lands in the app's real tables, so backup and restore run the real path.
 */
export interface TenYearPlan {
  customers: number;
  calls: number;
  shipments: number;
  otherAudit: number;
}

export const tenYearPlan: TenYearPlan = { customers: 50_000, calls: 400_000, shipments: 200_000, otherAudit: 350_000 };

const dayMs = 86_400_000;
const slices = 8;
const chunk = 10_000;

const carriers = ['顺丰速运', '中通快递', '德邦物流', '京东物流'];
const models = ['JS-200 净水器', 'JS-350 净水器', 'KQ-8 空气净化器', 'SYX-1000 试验箱', 'LX-60 滤芯', 'RO-75 膜'];

function shipmentEntry(i: number, at: number, rand: () => number, by: Actor): Omit<AuditEntry, 'id'> {
  const no = `FH${String(20160000 + i)}`;
  return {
    at,
    staffId: by.staffId,
    staffName: by.name,
    action: 'create',
    table: 'shipments',
    recordId: no,
    after: {
      slipNo: no,
      customerId: 1 + Math.floor(rand() * 50_000),
      consignee: `${pick(rand, ['王', '李', '张', '刘', '陈'])}${pick(rand, ['伟', '芳', '敏', '强', '静'])}`,
      phone: `1${3 + Math.floor(rand() * 6)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
      address: `${pick(rand, ['北京市朝阳区', '上海市浦东新区', '广州市天河区', '成都市武侯区'])}${1 + Math.floor(rand() * 300)} 号`,
      carrier: pick(rand, carriers),
      trackingNo: String(Math.floor(rand() * 1e12)).padStart(12, '0'),
      items: [{ model: pick(rand, models), qty: 1 + Math.floor(rand() * 3) }],
      packedAt: at,
      status: 'shipped',
    },
  };
}

function creationEntry(i: number, at: number, rand: () => number, by: Actor): Omit<AuditEntry, 'id'> {
  const isCall = i % 7 !== 0;
  return {
    at,
    staffId: by.staffId,
    staffName: by.name,
    action: 'create',
    table: isCall ? 'callLogs' : 'customers',
    recordId: String(i + 1),
    after: isCall
      ? { direction: 'in', at, phone: '13800138000', contact: '客户', topic: 'repair', content: `设备故障报修,型号 ${pick(rand, models)},订单号 ${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`, result: '已安排上门检修' }
      : { name: '客户', phones: ['13800138000'], address: '上海市浦东新区建国路 88 号' },
  };
}

async function addAudit(db: AppDB, count: number, endMs: number, make: typeof shipmentEntry, by: Actor, rand: () => number) {
  const span = 3650 * dayMs;
  for (let start = 0; start < count; start += chunk) {
    const n = Math.min(chunk, count - start);
    const rows = Array.from({ length: n }, (_, k) => make(start + k, endMs - span + Math.floor(((start + k) / count) * span), rand, by));
    await bulkAddChunked(db, db.auditLog, rows, 5000);
  }
}

/** Fills an empty database with the plan's rows; `by` is the staff member the audit entries name. */
export async function seedTenYears(db: AppDB, plan: TenYearPlan, by: Actor, endMs = Date.now()): Promise<void> {
  const rand = seededRandom(2026);
  const ids = await bulkAddCustomers(db, fakeCustomers(plan.customers, rand));
  const customers = await getCustomersByIds(db, ids);
  const known = [...customers].flatMap(([id, c]) => (c.phones[0] ? [{ id, name: c.name, phone: c.phones[0] }] : []));
  customers.clear();
  // The calls in slices of ~15 months each, so no more than 50k call objects exist at a time.
  const sliceDays = Math.floor(3650 / slices);
  for (let s = 0; s < slices; s++) {
    const n = Math.floor(plan.calls / slices) + (s === slices - 1 ? plan.calls % slices : 0);
    await bulkAddCallLogs(db, fakeCalls(n, known, endMs - (slices - 1 - s) * sliceDays * dayMs, sliceDays, rand));
  }
  await addAudit(db, plan.shipments, endMs, shipmentEntry, by, rand);
  await addAudit(db, plan.otherAudit, endMs, creationEntry, by, rand);
}
