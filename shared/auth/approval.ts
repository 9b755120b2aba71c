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
