import { describe, expect, it } from 'vitest';
import type { StaffMember } from '@shared/auth/roles';
import { confirmers } from './second-person';

const person = (id: number, name: string, roles: StaffMember['roles']): StaffMember => ({ id, name, roles, active: true, failedAttempts: 0, lockedUntil: 0, createdAt: 0 });
const staff = [person(1, '周主管', ['supervisor']), person(2, '李强', ['warehouse']), person(3, '王丽', ['frontdesk'])];

describe('who may confirm as the second person', () => {
  it('IN-2: someone else than the signed-in person, allowed the action', () => {
    expect(confirmers(staff, 1, 'stock.receive', false).map((s) => s.name)).toEqual(['李强']);
  });

  it('OUT-4: each counter confirms their own count, the signed-in person included; the rule refuses a repeat', () => {
    expect(confirmers(staff, 1, 'shipment.pack', true).map((s) => s.name)).toEqual(['周主管', '李强']);
  });
});
