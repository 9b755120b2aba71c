import { createContext, useContext } from 'react';
import type { Approval } from '@shared/auth/approval';

/** A list the supervisor reads and signs (e.g. WH-2's variances), already in words. */
export interface ApprovalDetails {
  /** The table's accessible name. */
  caption: string;
  columns: { label: string; align?: 'left' | 'right' }[];
  rows: string[][];
  /** A last, bold line (a total). */
  footer?: string[];
}

export interface ApprovalRequest {
  /** What is being signed, e.g. 作废电话记录 (already translated by the caller). */
  title: string;
  /** Which record and why, shown above the supervisor's PIN. */
  description: string;
  /** What exactly is approved, line by line: the signature covers this list. */
  details?: ApprovalDetails;
}

export type RequestApproval = (request: ApprovalRequest) => Promise<Approval | null>;

export const ApprovalContext = createContext<RequestApproval | null>(null);

/**
 * 领导签字: opens the approval dialog (pick a supervisor, PIN, note) and resolves with the approval,
 * or null when cancelled. The repository checks the approval again before it writes.
 */
export function useApproval(): RequestApproval {
  const request = useContext(ApprovalContext);
  if (!request) throw new Error('useApproval() outside <SessionProvider>');
  return request;
}
