import { describe, expect, it } from 'vitest';
import { roles, type StaffMember } from '@shared/auth/roles';
import { staffFormIssues, toInput, toggleRole, valuesFrom } from './staff-form';

describe('staff form', () => {
  it('needs a name and at least one role, by the repository rule', () => {
    const paths = staffFormIssues({ name: ' ', roles: [], active: true }).map((i) => i.path);
    expect(paths).toEqual(['name', 'roles']);
    expect(staffFormIssues({ name: '王丽', roles: ['frontdesk'], active: true })).toEqual([]);
  });

  it('keeps the role order of the table whatever order the boxes are ticked in', () => {
    let r = toggleRole([], 'supervisor', true, roles);
    r = toggleRole(r, 'frontdesk', true, roles);
    expect(r).toEqual(['frontdesk', 'supervisor']);
    expect(toggleRole(r, 'supervisor', false, roles)).toEqual(['frontdesk']);
  });

  it('trims the name it saves and starts from the staff member being edited', () => {
    expect(toInput({ name: ' 王丽 ', roles: ['frontdesk'], active: false })).toEqual({ name: '王丽', roles: ['frontdesk'], active: false });
    const staff: StaffMember = { id: 3, name: '李强', roles: ['warehouse'], active: true, failedAttempts: 0, lockedUntil: 0, createdAt: 0 };
    expect(valuesFrom(staff)).toEqual({ name: '李强', roles: ['warehouse'], active: true });
  });
});
