import type { Role } from './roles';

/**
 * Who may do what: one table, pure data. The UI hides what a role may not do and the repositories
 * refuse it too, both through `can`.
 */
export const permissions = {
  'customer.write': ['frontdesk', 'supervisor', 'warehouse', 'logistics'],
  'call.write': ['frontdesk', 'supervisor', 'warehouse', 'logistics'],
  'slip.create': ['frontdesk', 'supervisor'],
  'outbound.release': ['warehouse', 'supervisor'],
  'stock.receive': ['warehouse', 'supervisor'],
  // IN-2: whoever takes goods from the carrier (logistics, the warehouse or the front desk) receives them
  // with the warehouse keeper ('stock.receive'): both count, both sign, each in their own role.
  'stock.receiveDelivery': ['frontdesk', 'warehouse', 'logistics', 'supervisor'],
  'shipment.pack': ['warehouse', 'logistics', 'supervisor'],
  // SHP-2: the front desk prints waybills and enters the tracking numbers (DOMAIN.md's role table);
  // logistics books the couriers; the warehouse has always been able to.
  'shipment.waybill': ['frontdesk', 'logistics', 'warehouse', 'supervisor'],
  // SHP-3..5: following a parcel (in transit, signed for, exception): the front desk answers the customers' calls.
  'shipment.track': ['frontdesk', 'logistics', 'warehouse', 'supervisor'],
  'settlement.settle': ['warehouse', 'supervisor'],
  'approve': ['supervisor'],
  'record.void': ['supervisor'],
  'export': ['frontdesk', 'warehouse', 'logistics', 'supervisor'],
  'backup.create': ['frontdesk', 'warehouse', 'logistics', 'supervisor'],
  'backup.restore': ['supervisor'],
  'staff.manage': ['supervisor'],
  'audit.view': ['supervisor'],
  'settings.manage': ['supervisor'],
  // Print templates and printer calibration: the front desk prints the forms and lines up the printer.
  'template.manage': ['frontdesk', 'supervisor'],
  // Issue 7: service requests, reports, cards and outstanding issues; the weekly review; REC-1 removal (with approval).
  'service.write': ['frontdesk', 'supervisor'],
  'review': ['supervisor'],
  'record.remove': ['frontdesk', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(userRoles: readonly Role[], action: Action): boolean {
  const allowed: readonly Role[] = permissions[action];
  return userRoles.some((r) => allowed.includes(r));
}

/**
 * Who may take an action, for the words on a button a role may not press (「需要物流人员」): the roles
 * allowed, the supervisor left out unless nobody else may (a supervisor may do nearly everything).
 */
export function rolesThatMay(action: Action): Role[] {
  const allowed: readonly Role[] = permissions[action];
  const staff = allowed.filter((r) => r !== 'supervisor');
  return staff.length > 0 ? [...staff] : [...allowed];
}

export class PermissionError extends Error {
  constructor(public readonly action: Action) {
    super(`permission denied: ${action}`);
    this.name = 'PermissionError';
  }
}

export function assertCan(userRoles: readonly Role[], action: Action): void {
  if (!can(userRoles, action)) throw new PermissionError(action);
}
