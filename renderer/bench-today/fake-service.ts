import { toIsoDate } from '@shared/domain/local-date';
import type { ServiceRequest, RequestStatus } from '@shared/service/request';
import type { AppDB } from '../db/db';
import { bulkAddChunked } from '../db/bulk-add';
import type { StockAlert } from '../db/stock-rows';
import { pick } from '../bench/fake-data';

/**
 * Ten years of service records for the Today benchmark, aged as a real center's would be: old
 * requests completed, the last days' still open; outstanding issues closed except a few; a queue of
 * the last ten days' unreviewed records. Bench seeding only: bulkAdd, no audit.
 */

const day = 86_400_000;

export interface ServicePlan {
  now: number;
  days: number;
  requests: number;
  cards: number;
  outstanding: number;
  escalations: number;
  alerts: number;
  productIds: number[];
  customerIds: number[];
}

const ageOf = (i: number, count: number, days: number) => Math.floor(((count - 1 - i) / count) * days);

function requestStatus(age: number, r: number): RequestStatus {
  if (age === 0) return r < 0.6 ? 'registered' : 'analysed';
  if (age <= 3) return r < 0.2 ? 'registered' : r < 0.5 ? 'analysed' : 'dispatched';
  return r < 0.95 ? 'completed' : 'closed';
}

function request(i: number, p: ServicePlan, rand: () => number): ServiceRequest & { plannedDay?: string } {
  const age = ageOf(i, p.requests, p.days);
  const createdAt = p.now - age * day - Math.floor(rand() * 8 * 3_600_000);
  const status = requestStatus(age, rand());
  const planned = status === 'dispatched' ? p.now + Math.floor(rand() * 3) * day : status === 'completed' ? createdAt + 2 * day : undefined;
  return {
    no: `FW${toIsoDate(createdAt).replaceAll('-', '')}-${String(i % 1000).padStart(3, '0')}`,
    customerId: pick(rand, p.customerIds), contact: '客户', phone: '13800138000', address: '北京市朝阳区建国路 88 号', serialNo: `SN${i}`,
    problem: '设备开机后不加热', priority: 3, status, dispatchChanges: [], createdAt,
    ...(rand() < 0.9 ? { productId: pick(rand, p.productIds) } : {}),
    ...(status !== 'registered' ? { analysis: { likelyCause: '加热管老化', referenceSolution: '更换加热管', materials: '加热管' } } : {}),
    ...(planned !== undefined ? { dispatch: { technicianIds: [1], plannedAt: planned }, plannedDay: toIsoDate(planned) } : {}),
  };
}

export async function seedService(db: AppDB, p: ServicePlan, rand: () => number): Promise<Record<string, number>> {
  await bulkAddChunked(db, db.serviceRequests, Array.from({ length: p.requests }, (_, i) => request(i, p, rand)), 5000);
  const cards = Array.from({ length: p.cards }, (_, i) => {
    const createdAt = p.now - ageOf(i, p.cards, p.days) * day - Math.floor(rand() * 8 * 3_600_000);
    return {
      cardNo: `FK${i}`, customerId: pick(rand, p.customerIds), productId: pick(rand, p.productIds), serialNo: `SN${i}`,
      serviceDate: toIsoDate(createdAt), content: '上门保养,更换滤芯', technicianId: 1, createdAt,
    };
  });
  const cardIds = await bulkAddChunked(db, db.serviceCards, cards, 5000);
  const issues = Array.from({ length: p.outstanding }, (_, i) => {
    const age = ageOf(i, p.outstanding, p.days);
    const createdAt = p.now - age * day;
    const open = age <= 20 && rand() < 0.5;
    return {
      description: '滤芯漏水待更换', source: { kind: 'serviceCards' as const, id: 1 }, sourceKey: 'serviceCards:1', ownerId: 1,
      dueDate: toIsoDate(createdAt + 7 * day), createdAt,
      ...(open ? { status: 'open' as const } : { status: 'closed' as const, resolution: '已更换', closedAt: createdAt + Math.floor(rand() * 10 + 1) * day }),
    };
  });
  await bulkAddChunked(db, db.outstandingIssues, issues, 5000);
  const escalations = Array.from({ length: p.escalations }, (_, i) => {
    const at = p.now - ageOf(i, p.escalations, p.days) * day;
    const handled = i < p.escalations - 3;
    return { callId: 1_000_000 + i, at, markedById: 1, markedByName: '王丽', majorIncident: i === p.escalations - 1, note: '投诉',
      ...(handled ? { handled: { by: 1, byName: '周主管', at: at + day, how: '已回访道歉' } } : {}) };
  });
  await bulkAddChunked(db, db.escalations, escalations, 5000);
  const alerts: StockAlert[] = Array.from({ length: p.alerts }, (_, i) => {
    const raisedAt = p.now - ageOf(i, p.alerts, p.days) * day;
    return { productId: pick(rand, p.productIds), raisedAt, clearedAt: raisedAt + 3 * day, onHandAtRaise: 2, safetyStock: 5, docNo: '' };
  });
  await bulkAddChunked(db, db.stockAlerts, alerts, 5000);
  // REV-1: the last ten days' cards wait for review; older ones were reviewed within the week.
  const recent = cards.flatMap((c, i) => (c.createdAt >= p.now - 10 * day ? [{ kind: 'serviceCards' as const, recordId: cardIds[i] ?? 0, createdAt: c.createdAt }] : []));
  await bulkAddChunked(db, db.reviewQueue, recent, 5000);
  return { requests: p.requests, cards: p.cards, outstanding: p.outstanding, escalations: p.escalations, alerts: p.alerts, cardQueue: recent.length };
}
