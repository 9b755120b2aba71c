import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { escalateCall, escalationForCall, handleEscalation, majorIncidents, supervisorComplaintQueue } from './escalations-repo';
import { hour, openServiceWorld, type ServiceWorld } from './service-test-world';

let w: ServiceWorld;
beforeEach(async () => {
  w = await openServiceWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const messagesOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x: unknown) => x);
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(e)}`);
  return e.issues.map((i) => i.message);
};

describe('escalations (SVC-4)', () => {
  it('SVC-4: only a complaint call is escalated, once', async () => {
    const repair = await w.call();
    expect(await messagesOf(escalateCall(w.db, w.clerk, repair, { majorIncident: false }, w.t0))).toEqual(['service.complaint.error.notComplaint']);
    const complaint = await w.call({ topic: 'complaint' });
    await escalateCall(w.db, w.clerk, complaint, { majorIncident: false }, w.t0);
    expect(await messagesOf(escalateCall(w.db, w.clerk, complaint, { majorIncident: true }, w.t0))).toEqual(['service.complaint.error.alreadyEscalated']);
    expect(await messagesOf(escalateCall(w.db, w.clerk, 999, { majorIncident: true }, w.t0))).toEqual(['call.error.notFound']);
  });

  it('SVC-4: serious complaint stays in the queue until the supervisor records how it was handled', async () => {
    const a = await escalateCall(w.db, w.clerk, await w.call({ topic: 'complaint' }), { majorIncident: false, note: '态度问题' }, w.t0);
    const b = await escalateCall(w.db, w.clerk, await w.call({ topic: 'complaint' }), { majorIncident: true }, w.t0 + hour);
    expect((await supervisorComplaintQueue(w.db)).map((e) => e.id)).toEqual([b.id, a.id]);
    expect((await majorIncidents(w.db)).map((e) => e.id)).toEqual([b.id]);
    expect(await messagesOf(handleEscalation(w.db, w.clerk, b.id, '已上报', w.t0))).toEqual(['service.complaint.error.notSupervisor']);
    expect(await messagesOf(handleEscalation(w.db, w.boss, b.id, ' ', w.t0))).toEqual(['service.complaint.error.howRequired']);
    expect(await majorIncidents(w.db)).toHaveLength(1);
    const handled = await handleEscalation(w.db, w.boss, b.id, '已上报公司并上门更换', w.t0 + 2 * hour);
    expect(handled.handled).toEqual({ by: w.boss.staffId, byName: '张主管', at: w.t0 + 2 * hour, how: '已上报公司并上门更换' });
    expect(await majorIncidents(w.db)).toEqual([]);
    expect((await supervisorComplaintQueue(w.db)).map((e) => e.id)).toEqual([a.id]);
    expect((await recordHistory(w.db, 'escalations', b.id)).map((e) => e.action)).toEqual(['create', 'update']);
    expect((await escalationForCall(w.db, a.callId))?.id).toBe(a.id);
  });
});
