import type { Approval } from '../auth/approval';

/**
 * True when a supervisor's approval (领导签字) is actually on record: who and when. The PIN check
 * that produced it happens in the auth layer; the rules here only refuse to go on without one.
 */
export function isApprovalRecorded(a: Approval | undefined): a is Approval {
  return (
    a !== undefined &&
    Number.isInteger(a.supervisorId) &&
    a.supervisorId > 0 &&
    a.supervisorName.trim() !== '' &&
    Number.isFinite(a.at) &&
    a.at > 0
  );
}
