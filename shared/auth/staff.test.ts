import { describe, expect, it } from 'vitest';
import { isActiveSupervisor, normalizeStaffInput, validatePin, validateStaffInput } from './staff';

describe('staff input', () => {
  it('needs a name and at least one role', () => {
    expect(validateStaffInput({ name: ' ', roles: [], active: true }).map((i) => i.message)).toEqual([
      'staff.error.nameRequired',
      'staff.error.rolesRequired',
    ]);
    expect(validateStaffInput({ name: '王丽', roles: ['frontdesk'], active: true })).toEqual([]);
  });

  it('refuses a too long name and an unknown role', () => {
    const bad = JSON.parse('{"name":"' + 'x'.repeat(31) + '","roles":["cashier"],"active":true}');
    expect(validateStaffInput(bad).map((i) => i.message)).toEqual(['staff.error.nameTooLong', 'staff.error.unknownRole']);
  });

  it('a PIN is 4 to 8 digits', () => {
    expect(validatePin('1234')).toEqual([]);
    expect(validatePin('12345678')).toEqual([]);
    expect(validatePin('123')).toHaveLength(1);
    expect(validatePin('12a4')).toHaveLength(1);
    expect(validatePin('123456789')).toHaveLength(1);
  });

  it('a supervisor’s PIN is 6 to 8 digits: four or five digits are refused with their own message', () => {
    expect(validatePin('1234', ['supervisor'])).toEqual([{ path: 'pin', message: 'staff.error.supervisorPinFormat' }]);
    expect(validatePin('12345', ['frontdesk', 'supervisor'])).toEqual([{ path: 'pin', message: 'staff.error.supervisorPinFormat' }]);
    expect(validatePin('123456', ['supervisor'])).toEqual([]);
    expect(validatePin('12345678', ['supervisor'])).toEqual([]);
    expect(validatePin('12a456', ['supervisor'])).toEqual([{ path: 'pin', message: 'staff.error.pinFormat' }]);
    expect(validatePin('1234', ['frontdesk', 'warehouse'])).toEqual([]);
  });

  it('normalizes the name and role order', () => {
    expect(normalizeStaffInput({ name: ' 陈刚 ', roles: ['logistics', 'frontdesk', 'logistics'], active: false })).toEqual({
      name: '陈刚',
      roles: ['frontdesk', 'logistics'],
      active: false,
    });
  });

  it('only an active supervisor may sign', () => {
    expect(isActiveSupervisor({ roles: ['supervisor'], active: true })).toBe(true);
    expect(isActiveSupervisor({ roles: ['supervisor'], active: false })).toBe(false);
    expect(isActiveSupervisor({ roles: ['frontdesk', 'warehouse'], active: true })).toBe(false);
    expect(isActiveSupervisor(undefined)).toBe(false);
  });
});
