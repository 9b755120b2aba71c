import { can, type Action } from '@shared/auth/permissions';
import type { StaffMember } from '@shared/auth/roles';

/**
 * Who may confirm in the SecondPersonDialog: active staff allowed `action`; the signed-in person only
 * when `allowSelf` (OUT-4's counts: each counter confirms their own count, the rule refuses the same
 * person twice). IN-2 wants someone else, so by default they are not offered.
 */
export function confirmers(staff: readonly StaffMember[], meId: number, action: Action | undefined, allowSelf: boolean): StaffMember[] {
  return staff.filter((s) => (allowSelf || s.id !== meId) && (!action || can(s.roles, action)));
}
