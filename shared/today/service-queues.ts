import { isOutstandingOverdue, type OutstandingIssue } from '../service/outstanding';
import type { ServiceRequest } from '../service/request';

/** SVC-2: a visit planned for `today` (by its dispatch day) that is still on (not closed). */
export function isVisitToday(r: Pick<ServiceRequest, 'status'> & { plannedDay?: string }, today: string): boolean {
  return r.plannedDay === today && r.status !== 'closed';
}

/** SVC-3 on the board: not closed, due today or earlier. */
export function isOutstandingDue(i: Pick<OutstandingIssue, 'status' | 'dueDate'>, today: string): boolean {
  return i.status !== 'closed' && i.dueDate <= today;
}

/** The outstanding card: due today or overdue, and how many of those are overdue. */
export function outstandingDueCounts(issues: readonly Pick<OutstandingIssue, 'status' | 'dueDate'>[], today: string): { due: number; overdue: number } {
  let due = 0;
  let overdue = 0;
  for (const i of issues) {
    if (!isOutstandingDue(i, today)) continue;
    due++;
    if (isOutstandingOverdue(i, today)) overdue++;
  }
  return { due, overdue };
}
