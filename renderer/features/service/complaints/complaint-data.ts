import type { CallLog } from '@shared/domain/call-log';
import { getCallLog, listCallLogs } from '../../../db/call-logs-repo';
import type { AppDB } from '../../../db/db';
import { escalationForCall, supervisorComplaintQueue, type StoredEscalation } from '../../../db/escalations-repo';

/** How far back the complaints tab lists complaint calls to escalate. */
export const complaintLookbackDays = 90;

export type StoredCall = CallLog & { id: number };

export interface ComplaintCall {
  call: StoredCall;
  escalation?: StoredEscalation;
}

export interface QueuedComplaint {
  escalation: StoredEscalation;
  call?: StoredCall;
}

const stored = (c: CallLog | undefined): StoredCall | undefined => (c?.id === undefined ? undefined : { ...c, id: c.id });

/** The calls with the topic 投诉 of the last 90 days (not voided), newest first, each with its escalation if any. */
export async function recentComplaintCalls(db: AppDB, now: number): Promise<ComplaintCall[]> {
  const from = now - complaintLookbackDays * 86_400_000;
  const calls = (await listCallLogs(db, from, now + 86_400_000)).flatMap((c) => {
    const s = stored(c);
    return s && s.topic === 'complaint' && !s.voided ? [s] : [];
  });
  const escalations = await Promise.all(calls.map((c) => escalationForCall(db, c.id)));
  return calls.map((call, i) => ({ call, ...(escalations[i] ? { escalation: escalations[i] } : {}) })).reverse();
}

/** SVC-4: the supervisor's queue (major incidents first, then oldest), each with the call it is about. */
export async function complaintQueue(db: AppDB): Promise<QueuedComplaint[]> {
  const queue = await supervisorComplaintQueue(db);
  const calls = await Promise.all(queue.map((e) => getCallLog(db, e.callId)));
  return queue.map((escalation, i) => {
    const call = stored(calls[i]);
    return call ? { escalation, call } : { escalation };
  });
}
