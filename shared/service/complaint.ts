import type { Actor } from '../auth/roles';
import type { CallLog } from '../domain/call-log';
import { isId, issue, textIssues } from './messages';
import { okUnless, refused, type Result } from './result';

/** How the supervisor dealt with a serious complaint: the only way out of the queue (SVC-4). */
export interface ComplaintHandling {
  /** The supervisor's staff id. */
  by: number;
  byName: string;
  at: number;
  how: string;
}

/**
 * SVC-4: a complaint call marked serious, escalated to the supervisor's queue. Kept beside the
 * (permanent) call log rather than on it, so the call itself is never rewritten.
 */
export interface Escalation {
  id?: number;
  callId: number;
  /** When it was marked serious. */
  at: number;
  markedById: number;
  markedByName: string;
  /** 重大事故: reported upward at once (a banner until handled). */
  majorIncident: boolean;
  note: string;
  handled?: ComplaintHandling;
}

export interface EscalationInput {
  at: number;
  by: Pick<Actor, 'staffId' | 'name'>;
  majorIncident: boolean;
  note?: string;
}

/** SVC-4: only a saved call with the topic 投诉 can be marked serious; it enters the supervisor's queue. */
export function escalateComplaint(call: Pick<CallLog, 'id' | 'topic'>, input: EscalationInput): Result<Escalation> {
  if (call.topic !== 'complaint') return refused([issue('topic', 'service.complaint.error.notComplaint')]);
  const callId = call.id;
  if (!isId(callId)) return refused([issue('callId', 'service.complaint.error.callRequired')]);
  const note = input.note?.trim() ?? '';
  return okUnless(textIssues(note, 'note'), () => ({
    callId,
    at: input.at,
    markedById: input.by.staffId,
    markedByName: input.by.name,
    majorIncident: input.majorIncident,
    note,
  }));
}

export interface HandlingInput {
  by: Pick<Actor, 'staffId' | 'name' | 'roles'>;
  at: number;
  how: string;
}

/** SVC-4: the complaint leaves the queue only when a supervisor records how it was handled. */
export function handleEscalation(e: Escalation, input: HandlingInput): Result<Escalation> {
  if (e.handled) return refused([issue('handled', 'service.complaint.error.alreadyHandled')]);
  if (!input.by.roles.includes('supervisor')) return refused([issue('handled.by', 'service.complaint.error.notSupervisor')]);
  return okUnless(textIssues(input.how, 'handled.how', 'service.complaint.error.howRequired'), () => ({
    ...e,
    handled: { by: input.by.staffId, byName: input.by.name, at: input.at, how: input.how.trim() },
  }));
}

export function isInSupervisorQueue(e: Pick<Escalation, 'handled'>): boolean {
  return e.handled === undefined;
}

/** SVC-4: the supervisor's queue: everything not yet handled, major incidents first, then oldest first. */
export function supervisorQueue<T extends Pick<Escalation, 'handled' | 'majorIncident' | 'at'>>(list: readonly T[]): T[] {
  return list.filter(isInSupervisorQueue).sort((a, b) => Number(b.majorIncident) - Number(a.majorIncident) || a.at - b.at);
}

/** SVC-4: a major incident is reported upward at once: the banner shows until it is handled. */
export function needsImmediateBanner(e: Pick<Escalation, 'handled' | 'majorIncident'>): boolean {
  return e.majorIncident && isInSupervisorQueue(e);
}
