import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import type { Dispatch } from '@shared/service/request';
import { analysis } from '@shared/service/test-fixtures';
import {
  approveRequest,
  declineRequest,
  recentRequests,
  requestDayReopen,
  requestDispatchChange,
  waitingDispatchChange,
  waitingRequests,
  withdrawRequest,
} from './approval-requests-repo';
import { recordHistory } from './audit-repo';
import {
  analyseServiceRequest,
  changeServiceDispatch,
  dispatchServiceRequest,
  closeServiceRequest,
  getServiceRequest,
  markRequestVisited,
  registerServiceRequest,
} from './service-requests-repo';
import { day, hour, openServiceWorld, type ServiceWorld } from './service-test-world';
import { isDaySettled, settleDay } from './settlement-repo';

let w: ServiceWorld;
const yesterday = '2026-11-26';

beforeEach(async () => {
  w = await openServiceWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const issuesOf = (p: Promise<unknown>) => p.then(() => [], (e: { issues?: { path: string; message: string }[] }) => e.issues ?? [e]);
const messages = async (p: Promise<unknown>) => (await issuesOf(p)).map((i) => ('message' in i ? i.message : String(i)));

async function settledYesterday() {
  await settleDay(w.db, w.keeper, yesterday, {}, w.t0);
}

async function dispatched() {
  const req = await registerServiceRequest(w.db, w.clerk, { contact: '张伟', phone: '13800138000', address: '北京市朝阳区建国路 88 号', serialNo: '', problem: '不加热', priority: 3 }, w.t0);
  await analyseServiceRequest(w.db, w.clerk, req.id, analysis, w.t0);
  return dispatchServiceRequest(w.db, w.clerk, req.id, { technicianIds: [w.tech.staffId], plannedAt: w.t0 + day }, w.t0);
}

describe('reopen requests (WH-1)', () => {
  it('WH-1: the keeper asks, the supervisor approves later: the day is reopened in the same write, both audited', async () => {
    await settledYesterday();
    const asked = await requestDayReopen(w.db, w.keeper, yesterday, '漏录一张入库单', w.t0);
    expect(await waitingRequests(w.db, 'dayReopen')).toEqual([expect.objectContaining({ id: asked.id, day: yesterday, byName: '李强', status: 'waiting' })]);
    expect(await isDaySettled(w.db, yesterday)).toBe(true);

    const at = w.t0 + 2 * hour;
    const approved = await approveRequest(w.db, w.boss, asked.id, w.approval(at), '同意', at);
    expect(approved).toMatchObject({ status: 'approved', decidedByName: '张主管', decidedAt: at, decisionNote: '同意' });
    expect(await isDaySettled(w.db, yesterday)).toBe(false);
    expect(await w.db.dayReopens.where('day').equals(yesterday).toArray()).toEqual([expect.objectContaining({ reason: '漏录一张入库单', approval: w.approval(at) })]);
    expect(await waitingRequests(w.db)).toEqual([]);
    expect((await recordHistory(w.db, 'approvalRequests', asked.id)).map((e) => e.action)).toEqual(['create', 'update']);
    expect((await recordHistory(w.db, 'stockDays', yesterday)).at(-1)).toMatchObject({ staffName: '张主管', after: { status: 'reopened' } });
  });

  it('WH-1: refused for a day that is not settled, without a reason, twice for one day, and for a role that may not settle', async () => {
    expect(await messages(requestDayReopen(w.db, w.keeper, yesterday, '更正', w.t0))).toEqual(['stock.settlement.notSettled']);
    await settledYesterday();
    expect(await messages(requestDayReopen(w.db, w.keeper, yesterday, '  ', w.t0))).toEqual(['stock.settlement.reopenReasonRequired']);
    await requestDayReopen(w.db, w.keeper, yesterday, '更正', w.t0);
    expect(await messages(requestDayReopen(w.db, w.keeper, yesterday, '再次', w.t0))).toEqual(['approvals.error.reopenAlreadyWaiting']);
    await expect(requestDayReopen(w.db, w.clerk, yesterday, '更正', w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await w.db.approvalRequests.count()).toBe(1);
  });

  it('WH-1: only a supervisor approves or declines; declining needs a note and keeps the request with it', async () => {
    await settledYesterday();
    const asked = await requestDayReopen(w.db, w.keeper, yesterday, '更正', w.t0);
    await expect(approveRequest(w.db, w.keeper, asked.id, w.approval(), '', w.t0)).rejects.toBeInstanceOf(PermissionError);
    await expect(declineRequest(w.db, w.keeper, asked.id, '不行', w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await messages(declineRequest(w.db, w.boss, asked.id, ' ', w.t0))).toEqual(['approvals.error.noteRequired']);
    const declined = await declineRequest(w.db, w.boss, asked.id, '单据齐全,无需重开', w.t0 + hour);
    expect(await w.db.approvalRequests.get(asked.id)).toEqual(declined);
    expect(declined).toMatchObject({ status: 'declined', decisionNote: '单据齐全,无需重开', decidedByName: '张主管' });
    expect(await isDaySettled(w.db, yesterday)).toBe(true);
    expect(await messages(approveRequest(w.db, w.boss, asked.id, w.approval(), '', w.t0))).toEqual(['approvals.error.notWaiting']);
    expect((await recordHistory(w.db, 'approvalRequests', asked.id)).at(-1)).toMatchObject({ action: 'update', note: '单据齐全,无需重开' });
  });

  it('WH-1: a refused approval (the day was reopened on the spot meanwhile) writes nothing', async () => {
    await settledYesterday();
    const asked = await requestDayReopen(w.db, w.keeper, yesterday, '更正', w.t0);
    const stale = await messages(approveRequest(w.db, w.boss, asked.id, w.approval(w.t0 - hour), '', w.t0));
    expect(stale).toEqual(['approval.error.stale']);
    const auditBefore = await w.db.auditLog.count();
    await w.db.stockDays.update(yesterday, { status: 'reopened' });
    expect(await messages(approveRequest(w.db, w.boss, asked.id, w.approval(), '', w.t0))).toEqual(['stock.settlement.notSettled']);
    expect(await w.db.auditLog.count()).toBe(auditBefore);
    expect(await w.db.dayReopens.count()).toBe(0);
    expect((await w.db.approvalRequests.get(asked.id))?.status).toBe('waiting');
  });

  it('the person who asked withdraws a waiting request; nobody else does', async () => {
    await settledYesterday();
    const asked = await requestDayReopen(w.db, w.keeper, yesterday, '更正', w.t0);
    expect(await messages(withdrawRequest(w.db, w.boss, asked.id, w.t0))).toEqual(['approvals.error.notRequester']);
    expect(await withdrawRequest(w.db, w.keeper, asked.id, w.t0)).toMatchObject({ status: 'withdrawn' });
    expect(await recentRequests(w.db, 'dayReopen', w.t0 - day)).toEqual([expect.objectContaining({ id: asked.id, status: 'withdrawn' })]);
    // Once withdrawn, the day may be asked for again.
    await requestDayReopen(w.db, w.keeper, yesterday, '再次更正', w.t0 + 1);
    expect((await recentRequests(w.db, 'dayReopen', w.t0 - day)).map((r) => r.status)).toEqual(['waiting', 'withdrawn']);
  });
});

describe('dispatch change requests (SVC-2)', () => {
  it('SVC-2: the clerk asks, the supervisor approves: the plan changes with the approval in its history, all in one write', async () => {
    const req = await dispatched();
    const to: Dispatch = { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 2 * day };
    const asked = await requestDispatchChange(w.db, w.clerk, req.id, { to, reason: '客户改约' }, w.t0);
    expect(await waitingRequests(w.db, 'dispatchChange')).toEqual([expect.objectContaining({ requestNo: req.no, from: req.dispatch, to })]);
    expect((await getServiceRequest(w.db, req.id))?.plannedDay).toBe('2026-11-28');

    const approved = await approveRequest(w.db, w.boss, asked.id, w.approval(), '', w.t0);
    expect(approved.status).toBe('approved');
    const after = await getServiceRequest(w.db, req.id);
    expect(after?.plannedDay).toBe('2026-11-29');
    expect(after?.dispatchChanges).toEqual([expect.objectContaining({ reason: '客户改约', approval: w.approval(), from: req.dispatch, to })]);
    expect((await recordHistory(w.db, 'serviceRequests', req.id)).at(-1)).toMatchObject({ staffName: '张主管', note: '客户改约' });
    expect((await recordHistory(w.db, 'approvalRequests', asked.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('SVC-2: refused for a request not dispatched, without a reason, for the same plan, twice, and for a role that may not write', async () => {
    const req = await dispatched();
    const to = { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 2 * day };
    expect(await messages(requestDispatchChange(w.db, w.clerk, req.id, { to, reason: '' }, w.t0))).toEqual(['service.dispatch.error.changeReasonRequired']);
    expect(await messages(requestDispatchChange(w.db, w.clerk, req.id, { to: req.dispatch ?? to, reason: '改约' }, w.t0))).toEqual(['service.dispatch.error.unchanged']);
    await requestDispatchChange(w.db, w.clerk, req.id, { to, reason: '改约' }, w.t0);
    expect(await messages(requestDispatchChange(w.db, w.clerk, req.id, { to: { ...to, plannedAt: to.plannedAt + hour }, reason: '改约' }, w.t0))).toEqual([
      'approvals.error.changeAlreadyWaiting',
    ]);
    await expect(requestDispatchChange(w.db, w.keeper, req.id, { to, reason: '改约' }, w.t0)).rejects.toBeInstanceOf(PermissionError);
    const fresh = await registerServiceRequest(w.db, w.clerk, { contact: '李娜', phone: '13912345678', address: '上海', serialNo: '', problem: '漏水', priority: 3 }, w.t0);
    expect(await messages(requestDispatchChange(w.db, w.clerk, fresh.id, { to, reason: '改约' }, w.t0))).toEqual(['service.dispatch.error.notPlanned']);
    expect(await w.db.approvalRequests.count()).toBe(1);
  });

  it('SVC-2: a plan changed on the spot after the request refuses its approval, and nothing is written', async () => {
    const req = await dispatched();
    const asked = await requestDispatchChange(w.db, w.clerk, req.id, { to: { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 2 * day }, reason: '改约' }, w.t0);
    await changeServiceDispatch(w.db, w.clerk, req.id, { to: { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 3 * day }, reason: '客户来电', approval: w.approval() }, w.t0);
    const auditBefore = await w.db.auditLog.count();
    const planBefore = await getServiceRequest(w.db, req.id);
    expect(await messages(approveRequest(w.db, w.boss, asked.id, w.approval(), '', w.t0))).toEqual(['approvals.error.changedMeanwhile']);
    expect(await getServiceRequest(w.db, req.id)).toEqual(planBefore);
    expect(await w.db.auditLog.count()).toBe(auditBefore);
    expect((await w.db.approvalRequests.get(asked.id))?.status).toBe('waiting');
    // The supervisor can still decline it, saying why.
    expect(await declineRequest(w.db, w.boss, asked.id, '已当面改约', w.t0)).toMatchObject({ status: 'declined' });
  });

  it('SVC-2: the visit waits while a change of its plan waits: marking it visited is refused, with why, until the supervisor decides', async () => {
    const req = await dispatched();
    const asked = await requestDispatchChange(w.db, w.clerk, req.id, { to: { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 2 * day }, reason: '客户改约' }, w.t0);
    const auditBefore = await w.db.auditLog.count();
    expect(await issuesOf(markRequestVisited(w.db, w.clerk, req.id, w.t0))).toEqual([{ path: 'status', message: 'approvals.error.visitWaitsForChange' }]);
    expect((await getServiceRequest(w.db, req.id))?.status).toBe('dispatched');
    expect(await w.db.auditLog.count()).toBe(auditBefore);
    expect((await waitingDispatchChange(w.db, req.id))?.id).toBe(asked.id);
    // Once declined, the visit goes ahead on the old plan.
    await declineRequest(w.db, w.boss, asked.id, '按原计划', w.t0);
    expect((await markRequestVisited(w.db, w.clerk, req.id, w.t0)).status).toBe('visited');
  });

  it('SVC-2: a change whose visit was already made is closed by 批准 with that reason, not left waiting on a wrong refusal', async () => {
    const req = await dispatched();
    const asked = await requestDispatchChange(w.db, w.clerk, req.id, { to: { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 2 * day }, reason: '客户改约' }, w.t0);
    // A visit recorded before this rule (or in a copy restored from a backup) is already 已上门.
    const row = await w.db.serviceRequests.get(req.id);
    if (row) await w.db.serviceRequests.put({ ...row, status: 'visited' });
    const closed = await approveRequest(w.db, w.boss, asked.id, w.approval(), '', w.t0 + hour);
    expect(closed).toMatchObject({ status: 'withdrawn', lapsed: 'visited', decidedByName: '张主管', decidedAt: w.t0 + hour });
    expect(await waitingRequests(w.db)).toEqual([]);
    expect((await getServiceRequest(w.db, req.id))?.dispatch).toEqual(req.dispatch);
    expect((await recordHistory(w.db, 'approvalRequests', asked.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('SVC-2: closing a service request closes its waiting change with that reason, in the same write', async () => {
    const req = await dispatched();
    const asked = await requestDispatchChange(w.db, w.clerk, req.id, { to: { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 2 * day }, reason: '客户改约' }, w.t0);
    await closeServiceRequest(w.db, w.clerk, req.id, '客户已自行修好', w.t0 + hour);
    expect(await w.db.approvalRequests.get(asked.id)).toMatchObject({ status: 'withdrawn', lapsed: 'closed', decidedByName: w.clerk.name });
    expect(await waitingRequests(w.db)).toEqual([]);
  });
});
