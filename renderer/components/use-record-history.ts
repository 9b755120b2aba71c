import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '@shared/audit/audit';
import { recordHistory } from '../db/audit-repo';
import { getDb } from '../db/db';

/** A record's audit entries, oldest first, live (a void shows at once); undefined while reading. */
export function useRecordHistory(table: string, recordId: number | string): AuditEntry[] | undefined {
  const id = String(recordId);
  return useLiveQuery(() => recordHistory(getDb(), table, id), [table, id]);
}
