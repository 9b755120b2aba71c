import type { Actor } from '../auth/roles';
import type { Issue } from '../validation';
import { flowIssues, stampIssues, staffStamp, validTime } from './flow-guards';
import { issue, refuse, stepIf, type Step } from './messages';
import type { PurchaseSlip, Signature } from './purchase-slip';
import { validateSlip, type SlipContext } from './validate-slip';

/**
 * OUT-1 self-pickup, as a state machine over the slip:
 *   draft → signed (customer signs the printed slip: name + time)
 *         → issued (warehouse issues: outbound movement posted; OUT-7 checked here)
 *         → confirmed (customer counts the goods at pickup and confirms)
 *         → done.
 * Each step returns the slip in its next state, or the refusals (slip unchanged).
 */

function signatureIssues(s: Signature, path: string): Issue[] {
  const issues: Issue[] = [];
  if (s.name.trim() === '') issues.push(issue(`${path}.name`, 'slip.pickup.signatureNameRequired'));
  if (!validTime(s.at)) issues.push(issue(`${path}.at`, 'slip.error.badTime'));
  return issues;
}

/** OUT-1: the customer signs the printed slip. */
export function signSlip(slip: PurchaseSlip, ctx: SlipContext, signature: Signature): Step<PurchaseSlip> {
  const guard = flowIssues(slip, 'pickup', 'draft', 'slip.pickup.alreadySigned');
  if (guard.length > 0) return refuse(guard);
  const issues: Issue[] = [];
  if (slip.printedAt === undefined) issues.push(issue('printedAt', 'slip.pickup.printBeforeSigning'));
  issues.push(...signatureIssues(signature, 'customerSignature'), ...validateSlip(slip, ctx, 'save'));
  const customerSignature = { name: signature.name.trim(), at: signature.at };
  return stepIf(issues, () => ({ ...slip, status: 'signed', customerSignature, updatedAt: signature.at }));
}

/**
 * OUT-1 (and OUT-7, stock cover, OUT-3): the warehouse issues the goods of a signed slip. The caller
 * posts `slipMovement` in the same transaction that writes the returned slip.
 */
export function issueSlip(slip: PurchaseSlip, ctx: SlipContext, by: Pick<Actor, 'staffId' | 'name'>, at: number): Step<PurchaseSlip> {
  const guard = flowIssues(slip, 'pickup', 'signed', slip.status === 'draft' ? 'slip.pickup.signBeforeIssue' : 'slip.pickup.alreadyIssued');
  if (guard.length > 0) return refuse(guard);
  const released = staffStamp(by, at);
  const issues = [...stampIssues(released, 'released'), ...validateSlip(slip, ctx, 'release')];
  return stepIf(issues, () => ({ ...slip, status: 'issued', released, updatedAt: at }));
}

export interface PickupCount extends Signature {
  /** The customer counted the goods and they match the slip. */
  countMatches: boolean;
}

/** OUT-1: the customer confirms the count at pickup; a wrong count is sorted out with the warehouse first. */
export function confirmPickup(slip: PurchaseSlip, count: PickupCount): Step<PurchaseSlip> {
  const guard = flowIssues(slip, 'pickup', 'issued', slip.status === 'draft' || slip.status === 'signed' ? 'slip.pickup.issueBeforeConfirm' : 'slip.pickup.alreadyConfirmed');
  if (guard.length > 0) return refuse(guard);
  const issues = signatureIssues(count, 'pickupConfirmation');
  if (!count.countMatches) issues.push(issue('pickupConfirmation.countMatches', 'slip.pickup.countMismatch'));
  const pickupConfirmation = { name: count.name.trim(), at: count.at };
  return stepIf(issues, () => ({ ...slip, status: 'confirmed', pickupConfirmation, updatedAt: count.at }));
}

/** OUT-1: the pickup is complete. */
export function completePickup(slip: PurchaseSlip, at: number): Step<PurchaseSlip> {
  const guard = flowIssues(slip, 'pickup', 'confirmed', slip.status === 'done' ? 'slip.pickup.alreadyDone' : 'slip.pickup.confirmBeforeDone');
  if (guard.length > 0) return refuse(guard);
  return stepIf(validTime(at) ? [] : [issue('doneAt', 'slip.error.badTime')], () => ({ ...slip, status: 'done', doneAt: at, updatedAt: at }));
}
