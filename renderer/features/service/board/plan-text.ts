import dayjs from 'dayjs';
import type { Dispatch } from '@shared/service/request';

/** A plan in words for the change lists: when, and who (a technician no longer listed shows as #id). */
export function planText(plan: Dispatch, names: ReadonlyMap<number, string>, separator: string): { at: string; technicians: string } {
  return {
    at: dayjs(plan.plannedAt).format('YYYY-MM-DD HH:mm'),
    technicians: plan.technicianIds.map((id) => names.get(id) ?? `#${id}`).join(separator),
  };
}
