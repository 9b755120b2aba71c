import type { Issue } from '../validation';
import { isValidPin, roles, type Role, type Staff, type StaffInput } from './roles';

export const staffNameMaxLength = 30;

/** Name, at least one known role; the form and the repository call the same check. */
export function validateStaffInput(input: StaffInput): Issue[] {
  const issues: Issue[] = [];
  const name = input.name.trim();
  if (!name) issues.push({ path: 'name', message: 'staff.error.nameRequired' });
  else if (name.length > staffNameMaxLength) issues.push({ path: 'name', message: 'staff.error.nameTooLong' });
  if (input.roles.length === 0) issues.push({ path: 'roles', message: 'staff.error.rolesRequired' });
  else if (input.roles.some((r) => !roles.includes(r))) issues.push({ path: 'roles', message: 'staff.error.unknownRole' });
  return issues;
}

/** 4–8 digits; at least 6 for an account holding the supervisor role. */
export function validatePin(pin: string, accountRoles: readonly Role[] = []): Issue[] {
  if (isValidPin(pin, accountRoles)) return [];
  const supervisor = accountRoles.includes('supervisor') && isValidPin(pin);
  return [{ path: 'pin', message: supervisor ? 'staff.error.supervisorPinFormat' : 'staff.error.pinFormat' }];
}

/** Trimmed name; roles de-duplicated, in the table's order. */
export function normalizeStaffInput(input: StaffInput): StaffInput {
  return { name: input.name.trim(), roles: roles.filter((r) => input.roles.includes(r)), active: input.active };
}

export function hasRole(staff: Pick<Staff, 'roles'>, role: Role): boolean {
  return staff.roles.includes(role);
}

/** An active staff member holding the supervisor role: the only one who may sign an approval. */
export function isActiveSupervisor(staff: Pick<Staff, 'roles' | 'active'> | undefined): boolean {
  return staff !== undefined && staff.active && hasRole(staff, 'supervisor');
}
