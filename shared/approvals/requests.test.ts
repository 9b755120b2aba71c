import { describe, expect, it } from 'vitest';
import { analysedRequest, dispatchedRequest, hour, t0 } from '../service/test-fixtures';
import {
  dayReopenRequest,
  decide,
  dispatchChangeRequest,
  isSamePlan,
  validateDayReopenRequest,
  validateDecision,
  validateDispatchChangeRequest,
  validateWithdraw,
  withdraw,
} from './requests';

const keeper = { staffId: 2, name: '李强' };
const boss = { staffId: 1, name: '张主管' };
const paths = (issues: { path: string; message: string }[]) => issues.map((i) => `${i.path}:${i.message}`);

describe('a waiting request to reopen a settled day', () => {
  it('WH-1: is asked for a settled day with a reason; the signature comes later, when it is approved', () => {
    expect(validateDayReopenRequest({ day: '2026-11-26', reason: '漏录一张入库单', at: t0 }, { settled: true, waiting: false })).toEqual([]);
    expect(dayReopenRequest({ day: '2026-11-26', reason: ' 漏录 ' }, keeper, t0)).toEqual({
      kind: 'dayReopen', status: 'waiting', day: '2026-11-26', reason: '漏录', at: t0, byId: 2, byName: '李强',
    });
  });

  it('WH-1: refused without a reason, for a day that is not settled, and while one already waits', () => {
    expect(paths(validateDayReopenRequest({ day: '2026-11-26', reason: ' ', at: t0 }, { settled: false, waiting: true }))).toEqual([
      'day:stock.settlement.notSettled',
      'reason:stock.settlement.reopenReasonRequired',
      'day:approvals.error.reopenAlreadyWaiting',
    ]);
  });
});

describe('a waiting request to change a planned dispatch', () => {
  const req = { ...dispatchedRequest(), id: 5 };
  const to = { technicianIds: [4], plannedAt: t0 + 48 * hour };

  it('SVC-2: is asked for a dispatched request with a reason and a new valid plan; it keeps the plan it changes', () => {
    expect(validateDispatchChangeRequest(req, { to, reason: '客户改约', at: t0 }, { waiting: false })).toEqual([]);
    expect(dispatchChangeRequest({ ...req, dispatch: req.dispatch ?? to }, { to, reason: '客户改约 ' }, keeper, t0)).toMatchObject({
      kind: 'dispatchChange', status: 'waiting', requestId: 5, requestNo: req.no, from: req.dispatch, to, reason: '客户改约',
    });
  });

  it('SVC-2: the rules of the change itself apply: reason, plan fields, only a dispatched request', () => {
    expect(paths(validateDispatchChangeRequest(req, { to: { technicianIds: [], plannedAt: Number.NaN }, reason: '', at: t0 }, { waiting: false }))).toEqual([
      'reason:service.dispatch.error.changeReasonRequired',
      'technicianIds:service.dispatch.error.technicianRequired',
      'plannedAt:service.dispatch.error.plannedAtRequired',
    ]);
    expect(paths(validateDispatchChangeRequest(analysedRequest(), { to, reason: '改约', at: t0 }, { waiting: false }))).toEqual(['dispatch:service.dispatch.error.notPlanned']);
  });

  it('SVC-2: refused when the plan is unchanged, and while another change of the request waits', () => {
    expect(paths(validateDispatchChangeRequest(req, { to: { technicianIds: [3], plannedAt: t0 + 24 * hour }, reason: '改约', at: t0 }, { waiting: false }))).toEqual([
      'dispatch:service.dispatch.error.unchanged',
    ]);
    expect(paths(validateDispatchChangeRequest(req, { to, reason: '改约', at: t0 }, { waiting: true }))).toEqual(['requestId:approvals.error.changeAlreadyWaiting']);
  });

  it('tells whether the plan is still the one the request was asked about', () => {
    const plan = { technicianIds: [3], plannedAt: t0, borrowed: { department: '二部', managerName: '刘经理', approvedAt: t0 - hour } };
    expect(isSamePlan(plan, { ...plan, borrowed: { ...plan.borrowed, department: '二部 ' } })).toBe(true);
    expect(isSamePlan(plan, { ...plan, plannedAt: t0 + hour })).toBe(false);
    expect(isSamePlan(plan, undefined)).toBe(false);
  });
});

describe('deciding and withdrawing', () => {
  const waiting = dayReopenRequest({ day: '2026-11-26', reason: '漏录' }, keeper, t0);

  it('declining needs the supervisor\'s note; approving does not; a decided request is not decided again', () => {
    expect(paths(validateDecision(waiting, 'declined', '  '))).toEqual(['note:approvals.error.noteRequired']);
    expect(validateDecision(waiting, 'approved', '')).toEqual([]);
    const declined = decide(waiting, 'declined', boss, ' 单据齐全,无需重开 ', t0 + hour);
    expect(declined).toMatchObject({ status: 'declined', decidedAt: t0 + hour, decidedById: 1, decidedByName: '张主管', decisionNote: '单据齐全,无需重开', day: '2026-11-26' });
    expect(paths(validateDecision(declined, 'approved', ''))).toEqual(['status:approvals.error.notWaiting']);
    expect(decide(waiting, 'approved', boss, '', t0)).not.toHaveProperty('decisionNote');
  });

  it('only the person who asked withdraws, and only while it waits', () => {
    expect(paths(validateWithdraw(waiting, boss))).toEqual(['byId:approvals.error.notRequester']);
    expect(validateWithdraw(waiting, keeper)).toEqual([]);
    const withdrawn = withdraw(waiting, keeper, t0 + hour);
    expect(withdrawn.status).toBe('withdrawn');
    expect(paths(validateWithdraw(withdrawn, keeper))).toEqual(['status:approvals.error.notWaiting']);
  });
});
