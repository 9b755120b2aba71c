import { describe, expect, it } from 'vitest';
import {
  analyseRequest,
  changeDispatch,
  closeRequest,
  dispatchRequest,
  markCompleted,
  markVisited,
  nextStatus,
} from './request-flow';
import type { Dispatch } from './request';
import { analysedRequest, analysis, approvalAt, dispatchedRequest, hour, request, t0 } from './test-fixtures';

const plan: Dispatch = { technicianIds: [3, 4], plannedAt: t0 + 24 * hour };
const messages = (r: { ok: boolean; issues?: { message: string }[] }) => (r.ok ? [] : (r.issues ?? []).map((i) => i.message));

describe('analysis (SVC-1)', () => {
  it('moves 已登记 to 已分析 with the three parts trimmed', () => {
    const r = analyseRequest(request(), { likelyCause: ' 加热管老化 ', referenceSolution: '更换', materials: '加热管' });
    expect(r.ok && r.value.status).toBe('analysed');
    expect(r.ok && r.value.analysis?.likelyCause).toBe('加热管老化');
  });

  it('SVC-1: each missing part is refused at its field', () => {
    const r = analyseRequest(request(), { likelyCause: '', referenceSolution: ' ', materials: '' });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['analysis.likelyCause', 'analysis.referenceSolution', 'analysis.materials']);
  });

  it('is locked once dispatched', () => {
    expect(messages(analyseRequest(dispatchedRequest(), analysis))).toEqual(['service.analysis.error.locked']);
  });
});

describe('dispatch (SVC-1)', () => {
  it('SVC-1: dispatch refused without the analysis', () => {
    const r = dispatchRequest(request(), plan, t0);
    expect(messages(r)).toEqual(['service.dispatch.error.analysisRequired']);
  });

  it('SVC-1: dispatch refused when any of cause, solution or materials is blank', () => {
    for (const part of ['likelyCause', 'referenceSolution', 'materials'] as const) {
      const r = dispatchRequest(analysedRequest({ analysis: { ...analysis, [part]: ' ' } }), plan, t0);
      expect(messages(r), part).toEqual(['service.dispatch.error.analysisRequired']);
    }
  });

  it('dispatches an analysed request: 已分析 → 已派工 with the plan', () => {
    const r = dispatchRequest(analysedRequest(), plan, t0);
    expect(r.ok && r.value.status).toBe('dispatched');
    expect(r.ok && r.value.dispatch).toEqual(plan);
  });

  it('needs a technician, a planned time and the address', () => {
    const r = dispatchRequest(analysedRequest({ address: ' ' }), { technicianIds: [], plannedAt: 0 }, t0);
    expect(messages(r)).toEqual([
      'service.dispatch.error.technicianRequired',
      'service.dispatch.error.plannedAtRequired',
      'service.dispatch.error.addressRequired',
    ]);
  });

  it('SVC-2: a borrowed technician needs the lending manager named, approved before the dispatch', () => {
    const borrowed = { department: '维修二部', managerName: ' ', approvedAt: t0 + hour };
    const r = dispatchRequest(analysedRequest(), { ...plan, borrowed }, t0);
    expect(r.ok ? [] : r.issues).toEqual([
      { path: 'borrowed.managerName', message: 'service.dispatch.error.borrowManagerRequired' },
      { path: 'borrowed.approvedAt', message: 'service.dispatch.error.borrowApprovedAtRequired' },
    ]);
    const good = dispatchRequest(analysedRequest(), { ...plan, borrowed: { ...borrowed, managerName: '赵经理', approvedAt: t0 - hour } }, t0);
    expect(good.ok && good.value.dispatch?.borrowed?.managerName).toBe('赵经理');
  });

  it('refuses to dispatch a request that is not 已分析', () => {
    expect(messages(dispatchRequest(dispatchedRequest(), plan, t0))).toEqual(['service.status.error.order']);
  });
});

describe('changeDispatch (SVC-2)', () => {
  const newPlan: Dispatch = { technicianIds: [5], plannedAt: t0 + 48 * hour };
  const at = t0 + 2 * hour;

  it('SVC-2: plan change needs approval', () => {
    const r = changeDispatch(dispatchedRequest(), { to: newPlan, reason: '技术员生病', at });
    expect(messages(r)).toEqual(['service.dispatch.error.changeApprovalRequired']);
  });

  it('SVC-2: plan change needs a reason', () => {
    const r = changeDispatch(dispatchedRequest(), { to: newPlan, reason: ' ', approval: approvalAt(at), at });
    expect(messages(r)).toEqual(['service.dispatch.error.changeReasonRequired']);
  });

  it('SVC-2: an old signature cannot be reused for a change', () => {
    const r = changeDispatch(dispatchedRequest(), { to: newPlan, reason: '改期', approval: approvalAt(at - hour), at });
    expect(messages(r)).toEqual(['service.dispatch.error.approvalStale']);
  });

  it('SVC-2: an approved change replaces the plan and is recorded with from, to, reason and approval', () => {
    const before = dispatchedRequest();
    const r = changeDispatch(before, { to: newPlan, reason: ' 客户改期 ', approval: approvalAt(at), at });
    expect(r.ok && r.value.dispatch).toEqual(newPlan);
    expect(r.ok && r.value.dispatchChanges).toEqual([{ at, from: before.dispatch, to: newPlan, reason: '客户改期', approval: approvalAt(at) }]);
    expect(r.ok && r.value.status).toBe('dispatched');
  });

  it('SVC-2: borrowed technician needs manager, also when the plan changes', () => {
    const r = changeDispatch(dispatchedRequest(), {
      to: { ...newPlan, borrowed: { department: '', managerName: '', approvedAt: 0 } }, reason: '人手不足', approval: approvalAt(at), at,
    });
    expect(messages(r)).toEqual([
      'service.dispatch.error.borrowDepartmentRequired',
      'service.dispatch.error.borrowManagerRequired',
      'service.dispatch.error.borrowApprovedAtRequired',
    ]);
  });

  it('refuses a change without a plan, or to the same plan', () => {
    expect(messages(changeDispatch(analysedRequest(), { to: newPlan, reason: 'x', approval: approvalAt(at), at }))).toEqual(['service.dispatch.error.notPlanned']);
    const same = dispatchedRequest();
    expect(messages(changeDispatch(same, { to: same.dispatch ?? newPlan, reason: 'x', approval: approvalAt(at), at }))).toEqual(['service.dispatch.error.unchanged']);
  });
});

describe('status order', () => {
  it('goes 已登记 → 已分析 → 已派工 → 已上门 → 已完成', () => {
    expect(nextStatus('registered')).toBe('analysed');
    expect(nextStatus('visited')).toBe('completed');
    expect(nextStatus('completed')).toBeUndefined();
    const visited = markVisited(dispatchedRequest());
    expect(visited.ok && visited.value.status).toBe('visited');
    const done = visited.ok ? markCompleted(visited.value) : visited;
    expect(done.ok && done.value.status).toBe('completed');
  });

  it('refuses a skipped step', () => {
    expect(messages(markVisited(analysedRequest()))).toEqual(['service.status.error.order']);
    expect(messages(markCompleted(dispatchedRequest()))).toEqual(['service.status.error.order']);
  });

  it('closes a completed request freely, an open one only with a reason, a closed one never', () => {
    expect(closeRequest(request({ status: 'completed' })).ok).toBe(true);
    expect(messages(closeRequest(request()))).toEqual(['service.status.error.closeReasonRequired']);
    const r = closeRequest(request(), '客户电话指导后已解决');
    expect(r.ok && r.value).toMatchObject({ status: 'closed', closeReason: '客户电话指导后已解决' });
    expect(messages(markVisited(request({ status: 'closed' })))).toEqual(['service.status.error.closed']);
    expect(messages(closeRequest(request({ status: 'closed' }), 'x'))).toEqual(['service.status.error.closed']);
  });
});
