import type { RequestStatus } from '@shared/service/request';

/** What the request's details offer at each status (the repository refuses anything out of order too). */
export const requestActions = ['analyse', 'dispatch', 'changeDispatch', 'visited', 'report', 'completed', 'close'] as const;
export type RequestAction = (typeof requestActions)[number];

const byStatus: Record<RequestStatus, readonly RequestAction[]> = {
  // 派工 is offered before the analysis too: SVC-1's refusal then says what is missing.
  registered: ['analyse', 'dispatch', 'close'],
  analysed: ['analyse', 'dispatch', 'close'],
  dispatched: ['changeDispatch', 'visited', 'close'],
  visited: ['report', 'completed', 'close'],
  completed: ['report', 'close'],
  closed: [],
};

export function actionsFor(status: RequestStatus): readonly RequestAction[] {
  return byStatus[status];
}

/** Chip colours: open work stands out, finished work is quiet. */
export const statusColor: Record<RequestStatus, 'default' | 'info' | 'primary' | 'warning' | 'success' | 'secondary'> = {
  registered: 'warning',
  analysed: 'info',
  dispatched: 'primary',
  visited: 'secondary',
  completed: 'success',
  closed: 'default',
};

/** Statuses still being worked on: the list's default filter. */
export const openStatuses = ['registered', 'analysed', 'dispatched', 'visited'] as const satisfies readonly RequestStatus[];
