import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import {
  analyseServiceRequest,
  changeServiceDispatch,
  closeServiceRequest,
  dispatchBoard,
  dispatchServiceRequest,
  getServiceRequest,
  listServiceRequests,
  markRequestCompleted,
  markRequestVisited,
  registerServiceRequest,
  requestDraftFromCall,
  setRequestPriority,
} from './service-requests-repo';
import { day, hour, openServiceWorld, type ServiceWorld } from './service-test-world';

let w: ServiceWorld;
beforeEach(async () => {
  w = await openServiceWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const analysis = { likelyCause: '加热管老化', referenceSolution: '更换加热管', materials: '加热管 1 根' };
const issuesOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x: unknown) => x);
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(e)}`);
  return e.issues;
};

async function registered() {
  const callId = await w.call();
  return registerServiceRequest(w.db, w.clerk, await requestDraftFromCall(w.db, callId), w.t0);
}

describe('service requests', () => {
  it('registers from a call with contact, phone, address, FW number of the day and an audit entry', async () => {
    const callId = await w.call({ content: ' 不加热 ' });
    const draft = await requestDraftFromCall(w.db, callId);
    expect(draft).toMatchObject({ contact: '张伟', phone: '13800138000', problem: '不加热', fromCallId: callId, customerId: w.customerId });
    const a = await registerServiceRequest(w.db, w.clerk, draft, w.t0);
    const b = await registerServiceRequest(w.db, w.clerk, draft, w.t0 + 1);
    expect([a.no, b.no]).toEqual(['FW20261127-001', 'FW20261127-002']);
    expect(a.status).toBe('registered');
    expect((await recordHistory(w.db, 'serviceRequests', a.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('SVC-1: refuses a request without contact or phone, and writes nothing', async () => {
    const draft = await requestDraftFromCall(w.db, await w.call());
    const issues = await issuesOf(registerServiceRequest(w.db, w.clerk, { ...draft, contact: ' ', phone: '' }, w.t0));
    expect(issues.map((i) => i.path)).toEqual(['contact', 'phone']);
    expect(await w.db.serviceRequests.count()).toBe(0);
  });

  it('refuses an unknown customer or call, and a role without service.write', async () => {
    const draft = await requestDraftFromCall(w.db, await w.call());
    expect((await issuesOf(registerServiceRequest(w.db, w.clerk, { ...draft, customerId: 999 }, w.t0)))[0]?.path).toBe('customerId');
    await expect(requestDraftFromCall(w.db, 999)).rejects.toBeInstanceOf(ValidationError);
    await expect(registerServiceRequest(w.db, w.keeper, draft, w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await w.db.docCounters.get('FW2026-11-27')).toBeUndefined();
  });

  it('SVC-1: dispatch refused without analysis; analysed first, then dispatched', async () => {
    const req = await registered();
    const plan = { technicianIds: [w.tech.staffId], plannedAt: w.t0 + day };
    const issues = await issuesOf(dispatchServiceRequest(w.db, w.clerk, req.id, plan, w.t0));
    expect(issues).toEqual([{ path: 'analysis', message: 'service.dispatch.error.analysisRequired' }]);
    expect((await getServiceRequest(w.db, req.id))?.status).toBe('registered');
    await analyseServiceRequest(w.db, w.clerk, req.id, analysis, w.t0);
    const dispatched = await dispatchServiceRequest(w.db, w.clerk, req.id, plan, w.t0);
    expect(dispatched).toMatchObject({ status: 'dispatched', plannedDay: '2026-11-28', dispatch: plan });
  });

  it('SVC-2: records the lending department and its manager for a borrowed technician', async () => {
    const req = await registered();
    await analyseServiceRequest(w.db, w.clerk, req.id, analysis, w.t0);
    const borrowed = { department: '安装部', managerName: '刘经理', approvedAt: w.t0 - hour };
    const noManager = await issuesOf(dispatchServiceRequest(w.db, w.clerk, req.id, { technicianIds: [w.tech.staffId], plannedAt: w.t0 + day, borrowed: { ...borrowed, managerName: '' } }, w.t0));
    expect(noManager.map((i) => i.message)).toEqual(['service.dispatch.error.borrowManagerRequired']);
    const r = await dispatchServiceRequest(w.db, w.clerk, req.id, { technicianIds: [w.tech.staffId], plannedAt: w.t0 + day, borrowed }, w.t0);
    expect(r.dispatch?.borrowed).toEqual(borrowed);
  });

  it('SVC-2: a plan change needs a reason and a fresh supervisor approval; the history is kept and audited', async () => {
    const req = await registered();
    await analyseServiceRequest(w.db, w.clerk, req.id, analysis, w.t0);
    await dispatchServiceRequest(w.db, w.clerk, req.id, { technicianIds: [w.tech.staffId], plannedAt: w.t0 + day }, w.t0);
    const to = { technicianIds: [w.tech.staffId], plannedAt: w.t0 + 2 * day };
    const noApproval = await issuesOf(changeServiceDispatch(w.db, w.clerk, req.id, { to, reason: '客户改期' }, w.t0));
    expect(noApproval.map((i) => i.message)).toEqual(['service.dispatch.error.changeApprovalRequired']);
    const stale = await issuesOf(changeServiceDispatch(w.db, w.clerk, req.id, { to, reason: '客户改期', approval: w.approval(w.t0 - hour) }, w.t0));
    expect(stale.map((i) => i.message)).toEqual(['service.dispatch.error.approvalStale']);
    const fake = await issuesOf(changeServiceDispatch(w.db, w.clerk, req.id, { to, reason: '客户改期', approval: { ...w.approval(), supervisorId: w.clerk.staffId, supervisorName: w.clerk.name } }, w.t0));
    expect(fake.map((i) => i.message)).toEqual(['approval.error.notSupervisor']);
    expect((await getServiceRequest(w.db, req.id))?.plannedDay).toBe('2026-11-28');
    const changed = await changeServiceDispatch(w.db, w.clerk, req.id, { to, reason: '客户改期', approval: w.approval() }, w.t0);
    expect(changed.plannedDay).toBe('2026-11-29');
    expect(changed.dispatchChanges).toHaveLength(1);
    expect(changed.dispatchChanges[0]).toMatchObject({ reason: '客户改期', approval: { supervisorName: '张主管' } });
    const last = (await recordHistory(w.db, 'serviceRequests', req.id)).at(-1);
    expect(last).toMatchObject({ action: 'update', note: '客户改期' });
  });

  it('moves through the statuses in order, each change audited; closing early needs a reason', async () => {
    const req = await registered();
    expect((await issuesOf(markRequestVisited(w.db, w.clerk, req.id, w.t0))).map((i) => i.message)).toEqual(['service.status.error.order']);
    await analyseServiceRequest(w.db, w.clerk, req.id, analysis, w.t0);
    await dispatchServiceRequest(w.db, w.clerk, req.id, { technicianIds: [w.tech.staffId], plannedAt: w.t0 + day }, w.t0);
    await markRequestVisited(w.db, w.clerk, req.id, w.t0);
    await markRequestCompleted(w.db, w.clerk, req.id, w.t0);
    await closeServiceRequest(w.db, w.clerk, req.id, '', w.t0);
    const history = await recordHistory(w.db, 'serviceRequests', req.id);
    expect(history.map((e) => e.after?.status)).toEqual(['registered', 'analysed', 'dispatched', 'visited', 'completed', 'closed']);
    const other = await registered();
    expect((await issuesOf(closeServiceRequest(w.db, w.clerk, other.id, ' ', w.t0))).map((i) => i.message)).toEqual(['service.status.error.closeReasonRequired']);
    await expect(setRequestPriority(w.db, w.clerk, req.id, 1, w.t0)).rejects.toBeInstanceOf(ValidationError);
    expect((await setRequestPriority(w.db, w.clerk, other.id, 1, w.t0)).priority).toBe(1);
  });

  it('lists by status and builds the dispatch board by technician and day', async () => {
    const a = await registered();
    const b = await registered();
    const c = await registered();
    for (const r of [a, b]) await analyseServiceRequest(w.db, w.clerk, r.id, analysis, w.t0);
    await dispatchServiceRequest(w.db, w.clerk, a.id, { technicianIds: [w.tech.staffId, w.keeper.staffId], plannedAt: w.t0 + day + hour }, w.t0);
    await dispatchServiceRequest(w.db, w.clerk, b.id, { technicianIds: [w.tech.staffId], plannedAt: w.t0 + day }, w.t0);
    expect((await listServiceRequests(w.db, { status: 'registered' })).map((r) => r.id)).toEqual([c.id]);
    expect((await listServiceRequests(w.db, { status: ['dispatched', 'registered'] })).map((r) => r.id).sort()).toEqual([a.id, b.id, c.id].sort());
    const board = await dispatchBoard(w.db, '2026-11-28', '2026-11-28');
    expect(board.map((cell) => [cell.technicianId, cell.day, cell.requests.map((r) => r.id)])).toEqual(
      [[w.tech.staffId, '2026-11-28', [b.id, a.id]], [w.keeper.staffId, '2026-11-28', [a.id]]].sort((x, y) => Number(x[0]) - Number(y[0])),
    );
    expect(await dispatchBoard(w.db, '2026-11-29', '2026-11-30')).toEqual([]);
  });
});
