import { can } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import { isEditable } from '@shared/slips/editable';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';

export const slipActionIds = ['edit', 'print', 'signOff', 'sign', 'issue', 'confirm', 'complete', 'ship', 'void', 'voidReopen'] as const;
export type SlipActionId = (typeof slipActionIds)[number];

type SlipState = Pick<PurchaseSlip, 'status' | 'delivery' | 'printedAt' | 'released' | 'voided'>;

/** OUT-1: the one self-pickup step that may come next, and who may take it. */
function pickupStep(slip: SlipState, roles: readonly Role[]): SlipActionId | undefined {
  const desk = can(roles, 'slip.create') || can(roles, 'outbound.release');
  switch (slip.status) {
    case 'draft':
      // The customer signs the printed paper.
      return slip.printedAt !== undefined && can(roles, 'slip.create') ? 'sign' : undefined;
    case 'signed':
      return can(roles, 'outbound.release') ? 'issue' : undefined;
    case 'issued':
      return desk ? 'confirm' : undefined;
    case 'confirmed':
      return desk ? 'complete' : undefined;
    default:
      return undefined;
  }
}

/**
 * The buttons a slip shows, in order: only the steps valid now (OUT-1 order, OUT-7 before release)
 * and only for the roles that may take them. A voided slip takes no step.
 */
export function slipActions(slip: SlipState, roles: readonly Role[], signOffPending: boolean): SlipActionId[] {
  if (slip.voided) return [];
  const out: SlipActionId[] = [];
  if (isEditable(slip) && can(roles, 'slip.create')) out.push('edit');
  if (can(roles, 'slip.create')) out.push('print');
  if (signOffPending && slip.released === undefined && (can(roles, 'slip.create') || can(roles, 'outbound.release'))) out.push('signOff');
  if (slip.delivery === 'pickup') {
    const step = pickupStep(slip, roles);
    if (step) out.push(step);
  } else if (can(roles, 'slip.create') || can(roles, 'shipment.pack') || can(roles, 'outbound.release')) {
    out.push('ship');
  }
  if (can(roles, 'record.void')) out.push('void');
  if (can(roles, 'record.void') && can(roles, 'slip.create')) out.push('voidReopen');
  return out;
}
