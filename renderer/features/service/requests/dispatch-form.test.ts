import { describe, expect, it } from 'vitest';
import { dispatchPlanIssues } from '@shared/service/request-flow';
import { dispatchFormFor, fieldErrors, formToDispatch, isDispatchField } from './dispatch-form';

const now = new Date(2026, 10, 27, 15, 20).getTime();

describe('dispatch form', () => {
  it('proposes tomorrow 09:00 for a new plan and starts a change from the current plan', () => {
    expect(new Date(dispatchFormFor({}, now).plannedAt)).toEqual(new Date(2026, 10, 28, 9, 0));
    const plan = { technicianIds: [3], plannedAt: now + 3600_000, borrowed: { department: '工程部', managerName: '钱经理', approvedAt: now - 60_000 } };
    expect(dispatchFormFor({ dispatch: plan }, now)).toMatchObject({ technicianIds: [3], borrowed: true, managerName: '钱经理' });
  });

  it('SVC-2: a borrowed technician without the manager is refused at that field', () => {
    const v = { ...dispatchFormFor({}, now), technicianIds: [2], borrowed: true, department: '工程部' };
    const issues = dispatchPlanIssues(formToDispatch(v), now);
    expect(issues.map((i) => i.path)).toEqual(['borrowed.managerName']);
    expect(issues.every((i) => isDispatchField(i.path))).toBe(true);
    expect(formToDispatch({ ...v, borrowed: false })).not.toHaveProperty('borrowed');
  });

  it('shows a duplicate technician at the technicians field', () => {
    expect(fieldErrors({ 'technicianIds.1': '重复' })).toMatchObject({ technicianIds: '重复' });
  });
});
