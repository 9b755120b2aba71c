import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallLogInput } from '@shared/domain/call-log';
import { boardFor } from '@shared/today/board-items';
import type { Shipment } from '@shared/shipping/shipment';
import { stampApproval } from '@shared/slips/approval-cover';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import { slip as slipFixture, line as slipLine } from '@shared/slips/test-fixtures';
import { analysedRequest, dispatchedRequest, request } from '@shared/service/test-fixtures';
import type { OutstandingIssue } from '@shared/service/outstanding';
import { declineRequest, requestDayReopen, requestDispatchChange } from './approval-requests-repo';
import { markBackupWritten } from './backup/backup';
import { setExportSchedule } from './export-schedule-repo';
import { bulkAddCallLogs, createCallLog, voidCallLog } from './call-logs-repo';
import { createCustomer } from './customers-repo';
import { confirmPartsRelease } from './parts-releases-repo';
import { postReceipt } from './receiving-repo';
import { createServiceReport } from './service-reports-repo';
import { settleDay } from './settlement-repo';
import { createStockTake, enterCounts } from './stock-take-repo';
import { openStockWorld, type StockWorld } from './test-stock';
import { boardValues, countCap, followUpsDue, hasItemQuery, itemQueries, type TodayContext } from './today-repo';

let w: StockWorld;
let ctx: TodayContext;
const hour = 3_600_000;
const day = 24 * hour;

beforeEach(async () => {
  w = await openStockWorld();
  ctx = { now: w.t0, today: w.day };
});
afterEach(async () => {
  await w.db.delete();
});

const call = (over: Partial<CallLogInput>): CallLogInput => ({
  direction: 'in', at: w.t0 - day, phone: '13800138000', contact: '张伟', topic: 'repair', content: '漏水', result: '已登记', ...over,
});

async function value(id: keyof typeof itemQueries, c: TodayContext = ctx) {
  const q = itemQueries[id];
  if (!q) throw new Error(`no query for ${id}`);
  return q(w.db, c);
}

describe('follow-up calls on the board', () => {
  it('counts follow-ups due today and overdue, not tomorrow, not voided, not closed by a later call', async () => {
    const zhang = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
    const li = await createCustomer(w.db, w.clerk, { name: '李娜', phones: ['13912345678'] });
    const wang = await createCustomer(w.db, w.clerk, { name: '王芳', phones: ['13688886666'] });
    await createCallLog(w.db, w.clerk, call({ customerId: zhang, followUpDate: '2026-11-27' })); // due today
    await createCallLog(w.db, w.clerk, call({ customerId: li, phone: '13912345678', at: w.t0 - 5 * day, followUpDate: '2026-11-25' })); // overdue
    await createCallLog(w.db, w.clerk, call({ phone: '13566667777', followUpDate: '2026-11-28' })); // tomorrow
    const voided = await createCallLog(w.db, w.clerk, call({ phone: '13566667778', followUpDate: '2026-11-27' }));
    await voidCallLog(w.db, w.boss, voided, '录错', w.approval(), w.t0);
    // 王芳 was called back the day after: done.
    await createCallLog(w.db, w.clerk, call({ customerId: wang, phone: '13688886666', at: w.t0 - 3 * day, followUpDate: '2026-11-26' }));
    await createCallLog(w.db, w.clerk, call({ customerId: wang, phone: '13688886666', at: w.t0 - 2 * day, direction: 'out', topic: 'followup' }));
    expect(await value('followUps')).toEqual({ kind: 'count', count: 2, overdue: 1 });
    expect((await followUpsDue(w.db, w.day, w.t0)).map((c) => c.followUpDate).sort()).toEqual(['2026-11-25', '2026-11-27']);
  });

  it('an old call given a far follow-up date is still closed by a later call (checked through its own index)', async () => {
    const zhang = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
    await createCallLog(w.db, w.clerk, call({ customerId: zhang, at: w.t0 - 100 * day, followUpDate: '2026-11-20' }));
    expect(await value('followUps')).toMatchObject({ count: 1, overdue: 1 });
    await createCallLog(w.db, w.clerk, call({ customerId: zhang, at: w.t0 - 90 * day }));
    expect(await value('followUps')).toMatchObject({ count: 0 });
  });

  it('many candidates (a range read of the later calls) give the same answer as a few (one index read each)', async () => {
    const phone = (i: number) => `1391234${String(i).padStart(4, '0')}`;
    const due = Array.from({ length: 45 }, (_, i) => call({ phone: phone(i), at: w.t0 - 3 * day, followUpDate: '2026-11-26' }));
    const back = Array.from({ length: 5 }, (_, i) => call({ phone: phone(i), at: w.t0 - day }));
    await bulkAddCallLogs(w.db, [...due, ...back]);
    expect(await value('followUps')).toEqual({ kind: 'count', count: 40, overdue: 40 });
  });

  it('a customer’s later call closes every earlier follow-up of theirs; a voided later call closes none', async () => {
    const zhang = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
    const li = await createCustomer(w.db, w.clerk, { name: '李娜', phones: ['13912345678'] });
    // 张伟: two follow-ups, then a call after the first only: the second stays open.
    await createCallLog(w.db, w.clerk, call({ customerId: zhang, at: w.t0 - 6 * day, followUpDate: '2026-11-24' }));
    await createCallLog(w.db, w.clerk, call({ customerId: zhang, at: w.t0 - 4 * day, followUpDate: '2026-11-26' }));
    // 李娜: called back, but that call was voided (entered by mistake): still open.
    await createCallLog(w.db, w.clerk, call({ customerId: li, phone: '13912345678', at: w.t0 - 5 * day, followUpDate: '2026-11-25' }));
    const mistaken = await createCallLog(w.db, w.clerk, call({ customerId: li, phone: '13912345678', at: w.t0 - 2 * day, direction: 'out' }));
    await voidCallLog(w.db, w.boss, mistaken, '录错', w.approval(), w.t0);
    const open = await followUpsDue(w.db, w.day, w.t0);
    expect(open.map((c) => [c.customerId, c.followUpDate]).sort()).toEqual([[zhang, '2026-11-26'], [li, '2026-11-25']].sort());
  });
});

describe('warehouse items', () => {
  it('WH-1: today is not settled until it is; the card carries the settlement time', async () => {
    const a = await w.product('A');
    await w.receive([[a, 5]]);
    expect(await value('settlementToday')).toEqual({ kind: 'settlement', settled: false, time: '18:00' });
    await settleDay(w.db, w.keeper, w.day, {}, w.t0 + 8.5 * hour);
    expect(await value('settlementToday')).toEqual({ kind: 'settlement', settled: true, time: '18:00' });
  });

  it('WH-1: a past day with movements left unsettled by 08:00 the next morning is counted, oldest named', async () => {
    const a = await w.product('A');
    await w.receive([[a, 5]], w.t0 - 2 * day);
    await w.receive([[a, 5]], w.t0 - day);
    expect(await value('unsettledDays')).toEqual({ kind: 'count', count: 2, oldestDay: '2026-11-25' });
    await settleDay(w.db, w.keeper, '2026-11-25', {}, w.t0);
    expect(await value('unsettledDays')).toEqual({ kind: 'count', count: 1, oldestDay: '2026-11-26' });
  });

  it('WH-1: the board looks back 92 days (older gaps stay on the settlement tab\'s list)', async () => {
    const a = await w.product('A');
    await w.receive([[a, 5]], w.t0 - 92 * day);
    await w.receive([[a, 5]], w.t0 - 93 * day);
    expect(await value('unsettledDays')).toEqual({ kind: 'count', count: 1, oldestDay: '2026-08-27' });
  });

  it('WH-1: before 08:00 yesterday is not yet overdue', async () => {
    const a = await w.product('A');
    await w.receive([[a, 5]], w.t0 - day);
    const early = new Date(2026, 10, 27, 7, 59).getTime();
    expect(await value('unsettledDays', { now: early, today: w.day })).toEqual({ kind: 'count', count: 0 });
  });

  it('IN-1: products at or below safety stock; IN-3: open receiving discrepancies (warehouse and supervisor)', async () => {
    const a = await w.product('A', { safetyStock: 5 });
    const b = await w.product('B', { safetyStock: 2 });
    await w.receive([[a, 5], [b, 10]]);
    expect(await value('lowStock')).toEqual({ kind: 'count', count: 1 });
    await postReceipt(w.db, w.keeper, { deliveryNoteNo: 'SN-2', lines: [{ productId: b, noteQty: 4, countedQty: 3 }] }, w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    expect(await value('discrepancies')).toEqual({ kind: 'count', count: 1 });
    expect(await value('discrepancyApprovals')).toEqual({ kind: 'count', count: 1 });
  });

  it('WH-2: a take still being counted is the warehouse\'s; once all counted it waits for the supervisor', async () => {
    const a = await w.product('A');
    const b = await w.product('B');
    await w.receive([[a, 5], [b, 3]]);
    const id = await createStockTake(w.db, w.keeper, { scope: { kind: 'all' }, blind: false }, w.t0);
    await enterCounts(w.db, w.keeper, id, [{ productId: a, countedQty: 5 }], w.t0);
    expect([await value('openStockTakes'), await value('variancesAwaitingApproval')]).toEqual([{ kind: 'count', count: 1 }, { kind: 'count', count: 0 }]);
    await enterCounts(w.db, w.keeper, id, [{ productId: b, countedQty: 2, reason: '破损' }], w.t0);
    expect([await value('openStockTakes'), await value('variancesAwaitingApproval')]).toEqual([{ kind: 'count', count: 0 }, { kind: 'count', count: 1 }]);
  });

  it('SVC-3: the parts of a service report wait on the keeper\'s board until released', async () => {
    expect(boardFor(['warehouse']).flatMap((s) => s.items.map((i) => i.id))).toContain('partsReleases');
    expect(boardFor(['frontdesk']).flatMap((s) => s.items.map((i) => i.id))).not.toContain('partsReleases');
    const part = await w.product('P-HEAT');
    await w.receive([[part, 3]]);
    const customerId = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'] });
    const { partsRelease } = await createServiceReport(w.db, w.clerk, {
      customerId, technicianIds: [w.clerk.staffId], arrivalAt: w.t0, departureAt: w.t0 + hour, workDone: '更换加热管', partsUsed: [{ productId: part, qty: 1 }],
      result: 'resolved', feedback: '', customerSignatureName: '张伟', unresolvedProblems: [],
    }, {}, w.t0);
    expect(await value('partsReleases')).toEqual({ kind: 'count', count: 1 });
    await confirmPartsRelease(w.db, w.keeper, partsRelease?.id ?? 0, {}, w.t0);
    expect(await value('partsReleases')).toEqual({ kind: 'count', count: 0 });
  });
});

/** A shipment row as shipments-repo stores it (the queues read the table's indexes). */
function shipment(over: Partial<Shipment>): Shipment {
  const shippedAt = over.shippedAt ?? w.t0 - 3 * day;
  return { slipId: 1, slipNo: 'GX1', customerId: 1, carrier: 'SF', trackingNo: 'SF1', shippedAt, day: w.day, status: 'shipped', chases: [], callbacks: [], updatedAt: shippedAt, ...over };
}

const slipRow = (over: Partial<PurchaseSlip>): PurchaseSlip => {
  // The total follows the lines, as on every slip the app saves.
  const { id: _id, ...base } = slipFixture({ delivery: 'ship', ...(over.lines ? { lines: over.lines } : {}) });
  return { ...base, ...over };
};

function issueRow(over: Partial<OutstandingIssue>): OutstandingIssue & { sourceKey: string } {
  return { description: '漏水', source: { kind: 'serviceReports', id: 1 }, ownerId: 1, dueDate: w.day, status: 'open', createdAt: w.t0, sourceKey: 'serviceReports:1', ...over };
}

describe('shipments (SHP-4, SHP-5)', () => {
  it('SHP-4: chases a parcel from the third day (dispatched 2 days ago), not the second; delivered or voided ones never', async () => {
    const dispatchedOn = (daysAgo: number) => new Date(2026, 10, 27 - daysAgo, 17, 0).getTime();
    await w.db.shipments.bulkAdd([
      shipment({ slipId: 1, shippedAt: dispatchedOn(2) }), // day 3: due
      shipment({ slipId: 2, shippedAt: dispatchedOn(1) }), // day 2: not yet
      shipment({ slipId: 3, shippedAt: dispatchedOn(5), status: 'inTransit' }),
      shipment({ slipId: 4, shippedAt: dispatchedOn(5), status: 'confirmed', signedAt: dispatchedOn(3) }),
      shipment({ slipId: 5, shippedAt: dispatchedOn(5), voided: { at: w.t0, byId: 1, byName: '周主管', reason: '作废', approval: w.approval() } }),
    ]);
    expect(await value('chase')).toEqual({ kind: 'count', count: 2 });
  });

  it('SHP-4: a parcel already chased today waits until tomorrow', async () => {
    const chase = { staffId: 1, name: '王丽', at: w.t0 - hour, courierContact: '快递员', trackingStatus: '运输中', cause: '天气', customerTold: true, askedPriority: true, callLogIds: [] };
    await w.db.shipments.add(shipment({ status: 'chasing', chases: [chase] }));
    expect(await value('chase')).toEqual({ kind: 'count', count: 0 });
    expect(await value('chase', { now: w.t0 + day, today: '2026-11-28' })).toEqual({ kind: 'count', count: 1 });
  });

  it('SHP-5: signed-for parcels wait for the callback until it is done', async () => {
    await w.db.shipments.bulkAdd([
      shipment({ slipId: 1, status: 'signed', signedAt: w.t0 - day }),
      shipment({ slipId: 2, status: 'signed', signedAt: w.t0 - 2 * day }),
      shipment({ slipId: 3, status: 'confirmed', signedAt: w.t0 - 2 * day }),
    ]);
    expect(await value('callbacks')).toEqual({ kind: 'count', count: 2 });
  });
});

describe('slips in the warehouse (OUT-2, OUT-4, OUT-7)', () => {
  it('OUT-2 / OUT-4: lists to pick and picks waiting for the second count', async () => {
    const counted = { staffId: 2, name: '李强', at: w.t0, lines: [] };
    await w.db.purchaseSlips.bulkAdd([
      slipRow({ no: 'GX1', status: 'listed' }),
      slipRow({ no: 'GX2', status: 'picking' }),
      slipRow({ no: 'GX3', status: 'picking', counts: [counted], id: 33 }),
      slipRow({ no: 'GX4', status: 'counted', counts: [counted, { ...counted, staffId: 3 }] }),
      slipRow({ no: 'GX5', status: 'listed', voided: { at: w.t0, byId: 1, byName: '周主管', reason: '作废', approval: w.approval() } }),
    ]);
    // The only slip waiting is named, so its card opens that slip.
    expect([await value('pickingToday'), await value('awaitingSecondCount')]).toEqual([{ kind: 'count', count: 2 }, { kind: 'count', count: 1, onlyId: 33 }]);
  });

  it('OUT-7: unreleased slips holding a product that needs the leader\'s signature', async () => {
    const special = await w.product('TS', { needsLeaderSignOff: true });
    const plain = await w.product('P');
    await w.db.purchaseSlips.bulkAdd([
      slipRow({ no: 'GX1', status: 'draft', lines: [slipLine(special, 1, 10)], id: 41 }),
      slipRow({ no: 'GX2', status: 'listed', lines: [slipLine(special, 1, 10)], approvals: { signOff: stampApproval(w.approval(), [slipLine(special, 1, 10)]) } }),
      slipRow({ no: 'GX3', status: 'draft', lines: [slipLine(plain, 1, 10)] }),
      slipRow({ no: 'GX4', status: 'posted', lines: [slipLine(special, 1, 10)], released: { staffId: 2, name: '李强', at: w.t0 } }),
    ]);
    expect(await value('releasesAwaitingSignOff')).toEqual({ kind: 'count', count: 1, onlyId: 41 });
  });
});

describe('service records (SVC-1…SVC-4, REV-1, REC-1)', () => {
  it('SVC-1 / SVC-2: requests to analyse, to dispatch, and today\'s visits', async () => {
    const rest = <T extends { id?: number }>({ id: _id, ...r }: T) => r;
    await w.db.serviceRequests.bulkAdd([
      rest(request({ no: 'FW1' })),
      rest(request({ no: 'FW2' })),
      rest(analysedRequest({ no: 'FW3' })),
      { ...rest(dispatchedRequest({ no: 'FW4' })), plannedDay: w.day },
      { ...rest(dispatchedRequest({ no: 'FW5', status: 'visited' })), plannedDay: w.day },
      { ...rest(dispatchedRequest({ no: 'FW6' })), plannedDay: '2026-11-28' },
      { ...rest(dispatchedRequest({ no: 'FW7', status: 'closed' })), plannedDay: w.day },
    ]);
    expect([await value('awaitingAnalysis'), await value('awaitingDispatch'), await value('dispatchesToday')]).toEqual([
      { kind: 'count', count: 2 },
      { kind: 'count', count: 1 },
      { kind: 'count', count: 2 },
    ]);
  });

  it('SVC-3: open issues due today or overdue, with the overdue split', async () => {
    await w.db.outstandingIssues.bulkAdd([
      issueRow({ dueDate: w.day }),
      issueRow({ dueDate: '2026-11-20', status: 'inProgress' }),
      issueRow({ dueDate: '2026-11-28' }),
      issueRow({ dueDate: '2026-11-01', status: 'closed', resolution: '已修', closedAt: w.t0 }),
    ]);
    expect(await value('outstandingDue')).toEqual({ kind: 'count', count: 2, overdue: 1 });
  });

  it('SVC-4: serious complaints not yet handled, major incidents counted', async () => {
    await w.db.escalations.bulkAdd([
      { callId: 1, at: w.t0, markedById: 1, markedByName: '王丽', majorIncident: true, note: '' },
      { callId: 2, at: w.t0, markedById: 1, markedByName: '王丽', majorIncident: false, note: '' },
      { callId: 3, at: w.t0, markedById: 1, markedByName: '王丽', majorIncident: false, note: '', handled: { by: 1, byName: '张主管', at: w.t0, how: '已道歉' } },
    ]);
    expect(await value('seriousComplaints')).toEqual({ kind: 'count', count: 2, major: 1 });
  });

  it('REV-1: records unreviewed for more than 7 × 24 h, not at exactly 7 days', async () => {
    const week = 7 * day;
    await w.db.reviewQueue.bulkAdd([
      { kind: 'callLogs', recordId: 1, createdAt: w.t0 - week - 1 },
      { kind: 'callLogs', recordId: 2, createdAt: w.t0 - week },
      { kind: 'serviceCards', recordId: 1, createdAt: w.t0 - 8 * day },
    ]);
    expect(await value('reviewOverdue')).toEqual({ kind: 'count', count: 2 });
  });

  it('REC-2: ended periods not yet exported; none while no schedule is set', async () => {
    expect(await value('exportsDue')).toEqual({ kind: 'count', count: 0 });
    await setExportSchedule(w.db, w.boss, { period: 'monthly', kinds: ['callLogs'], since: '2026-09-15' }, w.t0);
    expect(await value('exportsDue')).toEqual({ kind: 'count', count: 2, oldestDay: '2026-09-01' });
    const sha256 = 'a'.repeat(64);
    await w.db.exports.add({ kind: 'callLogs', rangeFrom: '2026-09-01', rangeTo: '2026-10-31', rowCount: 1, createdAt: w.t0, fileName: 'x.xlsx', location: 'download', sha256 });
    expect(await value('exportsDue')).toEqual({ kind: 'count', count: 0 });
  });

  it('REC-1: service cards past their year', async () => {
    const card = { customerId: 1, productId: 1, serialNo: '', serviceDate: '2025-11-27', content: '保养', technicianId: 1 };
    await w.db.serviceCards.bulkAdd([
      { ...card, cardNo: 'FK1', createdAt: new Date(2025, 10, 27, 16, 0).getTime() },
      { ...card, cardNo: 'FK2', createdAt: new Date(2025, 10, 28, 9, 0).getTime() },
    ]);
    expect(await value('removalDue')).toEqual({ kind: 'count', count: 1 });
  });

  it('REC-1: a table nobody cleaned up is counted only up to the cap ("100+")', async () => {
    const card = { customerId: 1, productId: 1, serialNo: '', serviceDate: '2024-01-01', content: '保养', technicianId: 1, createdAt: new Date(2024, 0, 1).getTime() };
    await w.db.serviceCards.bulkAdd(Array.from({ length: countCap + 5 }, (_, i) => ({ ...card, cardNo: `FK${i}` })));
    expect(await value('removalDue')).toEqual({ kind: 'count', count: countCap, atLeast: true });
  });
});

describe('requests waiting for the supervisor (SVC-2, WH-1)', () => {
  it('SVC-2 / WH-1: counts the waiting dispatch changes and reopen requests, not the decided ones', async () => {
    await settleDay(w.db, w.keeper, '2026-11-25', {}, w.t0);
    await settleDay(w.db, w.keeper, '2026-11-26', {}, w.t0);
    await requestDayReopen(w.db, w.keeper, '2026-11-25', '漏录入库单', w.t0);
    const declined = await requestDayReopen(w.db, w.keeper, '2026-11-26', '更正', w.t0);
    await declineRequest(w.db, w.boss, declined.id, '无需重开', w.t0);
    const rest = <T extends { id?: number }>({ id: _id, ...r }: T) => r;
    const requestId = await w.db.serviceRequests.add({ ...rest(dispatchedRequest({ no: 'FW1' })), plannedDay: '2026-11-28' });
    expect([await value('dispatchChanges'), await value('reopenRequests')]).toEqual([{ kind: 'count', count: 0 }, { kind: 'count', count: 1 }]);
    await requestDispatchChange(w.db, w.clerk, requestId, { to: { technicianIds: [w.clerk.staffId], plannedAt: w.t0 + 2 * day }, reason: '客户改约' }, w.t0);
    expect(await value('dispatchChanges')).toEqual({ kind: 'count', count: 1 });
  });
});

describe('callback problems waiting for their outstanding issue (SHP-5)', () => {
  it('SHP-5: counts the exceptions a callback flagged, not plain exceptions nor those already recorded', async () => {
    const exception = { at: w.t0 - hour, note: '外箱破损' };
    await w.db.shipments.bulkAdd([
      shipment({ slipId: 1, status: 'exception', exception, needsOutstandingIssue: true }),
      shipment({ slipId: 2, status: 'exception', exception }), // lost on the road: chased, not an issue to record
      shipment({ slipId: 3, status: 'exception', exception: { ...exception, outstandingIssueId: 7 } }),
    ]);
    expect(await value('issuesToRegister')).toEqual({ kind: 'count', count: 1 });
  });
});

describe('backup', () => {
  it('reports the last backup time, null when there never was one', async () => {
    expect(await value('backup')).toEqual({ kind: 'backup', lastAt: null });
    await markBackupWritten(w.db, { at: w.t0 - hour, file: 'x.shbk' });
    expect(await value('backup')).toEqual({ kind: 'backup', lastAt: w.t0 - hour });
  });
});

describe('the board per role at a fixed date', () => {
  it('gives the clerk, the warehouse keeper and the supervisor their own items with the seeded counts', async () => {
    const a = await w.product('A', { safetyStock: 5 });
    await w.receive([[a, 3]], w.t0 - day); // IN-1 low, and yesterday left unsettled (WH-1)
    await createCallLog(w.db, w.clerk, call({ phone: '13566667777', followUpDate: w.day }));
    await w.db.shipments.bulkAdd([shipment({ slipId: 1 }), shipment({ slipId: 2, status: 'signed', signedAt: w.t0 - hour })]);
    await w.db.serviceRequests.add({ ...request({ no: 'FW1' }), id: undefined });
    await w.db.outstandingIssues.add(issueRow({ dueDate: '2026-11-26' }));
    await w.db.escalations.add({ callId: 1, at: w.t0, markedById: 1, markedByName: '王丽', majorIncident: false, note: '' });
    const ids = (roles: Parameters<typeof boardFor>[0]) => boardFor(roles, hasItemQuery).flatMap((s) => s.items.map((i) => i.id));
    const none = { kind: 'count', count: 0 };

    expect(await boardValues(w.db, ids(['frontdesk']), ctx)).toEqual({
      followUps: { kind: 'count', count: 1, overdue: 0 },
      chase: { kind: 'count', count: 1 },
      callbacks: { kind: 'count', count: 1 },
      awaitingAnalysis: { kind: 'count', count: 1 },
      awaitingDispatch: none,
      dispatchesToday: none,
      outstandingDue: { kind: 'count', count: 1, overdue: 1 },
      issuesToRegister: none,
      backup: { kind: 'backup', lastAt: null },
    });

    const keeper = await boardValues(w.db, ids(['warehouse']), ctx);
    expect(keeper).toMatchObject({ lowStock: { count: 1 }, unsettledDays: { count: 1, oldestDay: '2026-11-26' }, settlementToday: { settled: false }, pickingToday: none });
    expect(keeper.seriousComplaints).toBeUndefined();

    const boss = await boardValues(w.db, ids(['supervisor']), ctx);
    expect(boss).toMatchObject({ followUps: { count: 1 }, seriousComplaints: { count: 1, major: 0 }, discrepancyApprovals: none, variancesAwaitingApproval: none, dispatchChanges: none, reopenRequests: none });
    expect(boss.lowStock).toBeUndefined();
  });
});
