import { addDays, weekOf } from '@shared/records/periods';
import type { DispatchBoardCell, StoredServiceRequest } from '../../../db/service-requests-repo';

/** The seven days (Monday first) of the week holding `day`. */
export function weekDays(day: string): string[] {
  const { from } = weekOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(from, i));
}

export interface BoardRow {
  technicianId: number;
  name: string;
  /** Day → that technician's visits, by planned time. */
  days: Map<string, StoredServiceRequest[]>;
}

/**
 * 调度看板 rows: every active technician (so a free one shows as free), plus anyone with a visit this
 * week who is no longer active; in the staff list's order, then by id.
 */
export function boardRows(cells: readonly DispatchBoardCell[], staff: readonly { id: number; name: string; active: boolean }[]): BoardRow[] {
  const byTech = new Map<number, Map<string, StoredServiceRequest[]>>();
  for (const c of cells) {
    const days = byTech.get(c.technicianId) ?? new Map<string, StoredServiceRequest[]>();
    days.set(c.day, c.requests);
    byTech.set(c.technicianId, days);
  }
  const rows: BoardRow[] = staff
    .filter((s) => s.active || byTech.has(s.id))
    .map((s) => ({ technicianId: s.id, name: s.name, days: byTech.get(s.id) ?? new Map() }));
  const known = new Set(staff.map((s) => s.id));
  for (const [id, days] of [...byTech].sort(([a], [b]) => a - b)) if (!known.has(id)) rows.push({ technicianId: id, name: `#${id}`, days });
  return rows;
}

/** How many visits the week holds (a visit with two technicians counts once). */
export function visitCount(cells: readonly DispatchBoardCell[]): number {
  return new Set(cells.flatMap((c) => c.requests.map((r) => r.id))).size;
}
