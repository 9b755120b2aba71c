import { can, type Action } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import type { SlipStatus } from '@shared/slips/purchase-slip';

/** The shipping steps on a slip, in order (OUT-2, SHP-1, OUT-4, SHP-2, then posting). */
export const shipSteps = ['list', 'picking', 'count', 'waybill', 'post'] as const;
export type ShipStep = (typeof shipSteps)[number];

const stepOfStatus: Partial<Record<SlipStatus, ShipStep>> = { draft: 'list', listed: 'picking', picking: 'count', counted: 'waybill', waybilled: 'post' };

/** The step a shipping slip is at; 'done' once posted. */
export function activeShipStep(status: SlipStatus): ShipStep | 'done' {
  return stepOfStatus[status] ?? 'done';
}

/** Who takes each step: the front desk fills the list; the warehouse/logistics pick and count; the front desk or logistics waybill (SHP-2); release posts. */
export const stepAction: Readonly<Record<ShipStep, Action>> = {
  list: 'slip.create',
  picking: 'shipment.pack',
  count: 'shipment.pack',
  waybill: 'shipment.waybill',
  post: 'outbound.release',
};

export function mayTakeStep(roles: readonly Role[], step: ShipStep): boolean {
  return can(roles, stepAction[step]);
}
