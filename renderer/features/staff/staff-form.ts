import type { Role, StaffInput, StaffMember } from '@shared/auth/roles';
import { normalizeStaffInput, validateStaffInput } from '@shared/auth/staff';
import type { Issue } from '@shared/validation';

export interface StaffFormValues {
  name: string;
  roles: Role[];
  active: boolean;
}

export const blankStaff: StaffFormValues = { name: '', roles: ['frontdesk'], active: true };

export function valuesFrom(staff: StaffMember | undefined): StaffFormValues {
  return staff ? { name: staff.name, roles: [...staff.roles], active: staff.active } : blankStaff;
}

export function toInput(values: StaffFormValues): StaffInput {
  return normalizeStaffInput(values);
}

/** Name and at least one role: the repository's own check, run before saving to mark the fields. */
export function staffFormIssues(values: StaffFormValues): Issue[] {
  return validateStaffInput(toInput(values));
}

/** Ticks or unticks one role, keeping the table's role order. */
export function toggleRole(current: readonly Role[], role: Role, on: boolean, order: readonly Role[]): Role[] {
  return order.filter((r) => (r === role ? on : current.includes(r)));
}
