import { describe, expect, it } from 'vitest';
import { escalateComplaint, handleEscalation, isInSupervisorQueue, needsImmediateBanner, supervisorQueue, type Escalation } from './complaint';
import { hour, t0 } from './test-fixtures';

const clerk = { staffId: 2, name: '小李', roles: ['frontdesk' as const] };
const supervisor = { staffId: 9, name: '王主任', roles: ['supervisor' as const] };

function escalated(overrides: Partial<Escalation> = {}): Escalation {
  const r = escalateComplaint({ id: 5, topic: 'complaint' }, { at: t0, by: clerk, majorIncident: false });
  if (!r.ok) throw new Error('fixture');
  return { ...r.value, ...overrides };
}

describe('complaints (SVC-4)', () => {
  it('SVC-4: only a complaint call can be marked serious', () => {
    const r = escalateComplaint({ id: 5, topic: 'repair' }, { at: t0, by: clerk, majorIncident: false });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'topic', message: 'service.complaint.error.notComplaint' }]);
    expect(escalateComplaint({ topic: 'complaint' }, { at: t0, by: clerk, majorIncident: false }).ok).toBe(false);
  });

  it('SVC-4: serious complaint stays in the queue until handled', () => {
    const e = escalated();
    expect(isInSupervisorQueue(e)).toBe(true);
    expect(supervisorQueue([e])).toEqual([e]);

    // A clerk cannot take it out, nor a supervisor without saying how it was handled.
    expect(handleEscalation(e, { by: clerk, at: t0 + hour, how: '已致电道歉' }).ok).toBe(false);
    const blank = handleEscalation(e, { by: supervisor, at: t0 + hour, how: ' ' });
    expect(blank.ok ? [] : blank.issues).toEqual([{ path: 'handled.how', message: 'service.complaint.error.howRequired' }]);
    expect(supervisorQueue([e])).toHaveLength(1);

    const handled = handleEscalation(e, { by: supervisor, at: t0 + hour, how: ' 已上门更换整机 ' });
    expect(handled.ok && handled.value.handled).toEqual({ by: 9, byName: '王主任', at: t0 + hour, how: '已上门更换整机' });
    if (handled.ok) {
      expect(supervisorQueue([handled.value])).toEqual([]);
      expect(handleEscalation(handled.value, { by: supervisor, at: t0, how: 'x' }).ok).toBe(false);
    }
  });

  it('SVC-4: a major incident needs the banner until handled', () => {
    const major = escalated({ majorIncident: true });
    expect(needsImmediateBanner(major)).toBe(true);
    expect(needsImmediateBanner(escalated())).toBe(false);
    const handled = handleEscalation(major, { by: supervisor, at: t0 + hour, how: '已上报公司' });
    expect(handled.ok && needsImmediateBanner(handled.value)).toBe(false);
  });

  it('orders the queue major incidents first, then oldest first', () => {
    const a = escalated({ id: 1, at: t0 + 2 * hour });
    const b = escalated({ id: 2, at: t0 + 3 * hour, majorIncident: true });
    const c = escalated({ id: 3, at: t0 });
    expect(supervisorQueue([a, b, c]).map((e) => e.id)).toEqual([2, 3, 1]);
  });
});
