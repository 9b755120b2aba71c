/**
 * A supervisor's approval (领导签字), given at the same PC with the supervisor's own PIN.
 * Kept on the approved record and in the audit trail.
 */
export interface Approval {
  supervisorId: number;
  supervisorName: string;
  at: number;
  note: string;
}

/** The mark a permanent record carries once voided: it stays visible and is excluded from totals. */
export interface VoidMark {
  at: number;
  byId: number;
  byName: string;
  reason: string;
  approval: Approval;
}

/**
 * How long a signature stays good: it is given for the action at hand, right before it runs, and an
 * older one cannot be kept and reused for another action.
 */
export const approvalMaxAgeMs = 10 * 60 * 1000;
/** Allowance for the approval being stamped a moment after `now` was read by the caller. */
const clockSlackMs = 60 * 1000;

export function isApprovalFresh(approval: Pick<Approval, 'at'>, now: number): boolean {
  return approval.at <= now + clockSlackMs && now - approval.at <= approvalMaxAgeMs;
}
