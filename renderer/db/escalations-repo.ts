import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { escalateComplaint, handleEscalation as handleRule, needsImmediateBanner, supervisorQueue } from '@shared/service/complaint';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import type { StoredEscalation } from './schema-v5';
import { auditSnapshot, found, refuse, valueOrThrow } from './service-shared';

export type { StoredEscalation } from './schema-v5';

export interface EscalateInput {
  majorIncident: boolean;
  note?: string;
}

/**
 * SVC-4: marks a saved complaint call serious: it enters the supervisor's queue (and, for a major
 * incident, the banner) until handled. The call itself is not rewritten. Once per call.
 */
export async function escalateCall(db: AppDB, actor: Actor, callId: number, input: EscalateInput, now = Date.now()): Promise<StoredEscalation> {
  assertCan(actor.roles, 'call.write');
  return db.transaction('rw', [db.callLogs, db.escalations, db.auditLog], async () => {
    const call = await db.callLogs.get(callId);
    if (!call) return refuse('callId', 'call.error.notFound');
    const escalation = valueOrThrow(escalateComplaint(call, { at: now, by: actor, majorIncident: input.majorIncident, ...(input.note !== undefined ? { note: input.note } : {}) }));
    if (await db.escalations.get({ callId })) refuse('callId', 'service.complaint.error.alreadyEscalated');
    const id = addedKey(await db.escalations.add(escalation));
    await auditChange(db, actor, { action: 'create', table: 'escalations', recordId: id, after: auditSnapshot(escalation), at: now });
    return { ...escalation, id };
  });
}

/** SVC-4: only a supervisor takes a complaint out of the queue, by recording how it was handled. */
export async function handleEscalation(db: AppDB, actor: Actor, id: number, how: string, now = Date.now()): Promise<StoredEscalation> {
  return db.transaction('rw', [db.escalations, db.auditLog], async () => {
    const before = found(await db.escalations.get(id), 'service.complaint.error.notFound');
    const next = { ...valueOrThrow(handleRule(before, { by: actor, at: now, how })), id };
    await db.escalations.put(next);
    await auditChange(db, actor, { action: 'update', table: 'escalations', recordId: id, before: auditSnapshot(before), after: auditSnapshot(next), at: now });
    return next;
  });
}

/** SVC-4: the supervisor's queue: not handled, major incidents first, then oldest first. */
export async function supervisorComplaintQueue(db: AppDB): Promise<StoredEscalation[]> {
  // Serious complaints are few (a handful a month): the whole table is small enough to read.
  return supervisorQueue(await db.escalations.toArray());
}

/** SVC-4: major incidents not yet handled: the banner shows while this is not empty. */
export async function majorIncidents(db: AppDB): Promise<StoredEscalation[]> {
  return (await supervisorComplaintQueue(db)).filter(needsImmediateBanner);
}

export function escalationForCall(db: AppDB, callId: number): Promise<StoredEscalation | undefined> {
  return db.escalations.get({ callId });
}
