import type { Dispatch, ServiceRequest } from '@shared/service/request';

/** What the dispatch dialog edits; times are epoch ms, NaN while a picker is cleared or half typed. */
export interface DispatchFormValues {
  technicianIds: number[];
  plannedAt: number;
  borrowed: boolean;
  department: string;
  managerName: string;
  approvedAt: number;
  /** SVC-2: only when a planned dispatch is changed. */
  reason: string;
}

/** A new plan starts tomorrow at 09:00 (visits are booked ahead); a change starts from the current plan. */
export function dispatchFormFor(req: Pick<ServiceRequest, 'dispatch'>, now: number): DispatchFormValues {
  const d = req.dispatch;
  const tomorrow = new Date(now);
  const nine = new Date(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate() + 1, 9, 0).getTime();
  return {
    technicianIds: d ? [...d.technicianIds] : [],
    plannedAt: d?.plannedAt ?? nine,
    borrowed: d?.borrowed !== undefined,
    department: d?.borrowed?.department ?? '',
    managerName: d?.borrowed?.managerName ?? '',
    approvedAt: d?.borrowed?.approvedAt ?? now,
    reason: '',
  };
}

export function formToDispatch(v: DispatchFormValues): Dispatch {
  return {
    technicianIds: v.technicianIds,
    plannedAt: v.plannedAt,
    ...(v.borrowed ? { borrowed: { department: v.department, managerName: v.managerName, approvedAt: v.approvedAt } } : {}),
  };
}

/** Issue paths that belong to a field of the dialog; anything else is shown above the buttons. */
export function isDispatchField(path: string): boolean {
  return path === 'plannedAt' || path === 'reason' || path.startsWith('technicianIds') || path.startsWith('borrowed.');
}

/** `technicianIds.1` and `technicianIds` are both shown at the one technicians field. */
export function fieldErrors(fields: Record<string, string>): Record<string, string> {
  const technicians = Object.entries(fields).find(([path]) => path.startsWith('technicianIds'))?.[1];
  return technicians ? { ...fields, technicianIds: technicians } : fields;
}
