import { useLiveQuery } from 'dexie-react-hooks';
import type { StaffMember } from '@shared/auth/roles';
import { getDb } from '../db/db';
import { listStaff } from '../db/staff-repo';

/** The staff, live (undefined while loading); `activeOnly` for the sign-in list and approvals. */
export function useStaffList(activeOnly: boolean): StaffMember[] | undefined {
  return useLiveQuery(() => listStaff(getDb(), { activeOnly }), [activeOnly]);
}
