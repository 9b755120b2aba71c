import type { Actor } from '../auth/roles';
import type { Issue } from '../validation';
import { issue, type ShippingMessage } from './messages';
import type { DeliveryMode, PurchaseSlip, SlipStatus, StaffStamp } from './purchase-slip';

/**
 * The refusals every workflow step starts with: a voided slip takes no step, a step of the other
 * delivery's flow is refused, and a step out of order says what must come first (`outOfOrder`).
 */
export function flowIssues(slip: Pick<PurchaseSlip, 'voided' | 'delivery' | 'status'>, delivery: DeliveryMode, from: SlipStatus, outOfOrder: ShippingMessage): Issue[] {
  if (slip.voided) return [issue('status', 'slip.error.voided')];
  if (slip.delivery !== delivery) return [issue('delivery', delivery === 'pickup' ? 'slip.flow.notPickup' : 'slip.flow.notShip')];
  if (slip.status !== from) return [issue('status', outOfOrder)];
  return [];
}

export function validTime(at: number): boolean {
  return Number.isFinite(at) && at > 0;
}

/** A staff member doing the step: a signed-in actor. */
export function staffStamp(by: Pick<Actor, 'staffId' | 'name'>, at: number): StaffStamp {
  return { staffId: by.staffId, name: by.name, at };
}

export function stampIssues(s: StaffStamp, path: string): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isInteger(s.staffId) || s.staffId <= 0 || s.name.trim() === '') issues.push(issue(`${path}.staffId`, 'slip.error.staffRequired'));
  if (!validTime(s.at)) issues.push(issue(`${path}.at`, 'slip.error.badTime'));
  return issues;
}
