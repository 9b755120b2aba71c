import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '@shared/audit/audit';
import type { StaffMember } from '@shared/auth/roles';
import { useActor } from '../../auth';
import { auditTrail } from '../../db/audit-repo';
import { getDb } from '../../db/db';
import { listStaff } from '../../db/staff-repo';
import type { AuditQuery } from './audit-filter';

/** How many entries the viewer reads at once; narrower filters reach older entries. */
export const auditPageLimit = 500;

/** The audit entries matching the filter, newest first, live; undefined while reading. */
export function useAuditTrail(query: AuditQuery): AuditEntry[] | undefined {
  const actor = useActor();
  const key = JSON.stringify(query);
  return useLiveQuery(() => auditTrail(getDb(), actor, query, auditPageLimit), [key, actor]);
}

/** Everyone who ever had an account (former staff too: their entries stay in the trail). */
export function useAllStaff(): StaffMember[] | undefined {
  return useLiveQuery(() => listStaff(getDb()), []);
}
