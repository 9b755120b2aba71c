import type { Product } from '../products/product';
import type { PurchaseSlip, SlipStatus } from '../slips/purchase-slip';
import { pendingSignOff } from '../slips/validate-slip';

/** Statuses before the goods leave (self-pickup: until issued; shipping: until posted). */
export const preReleaseStatuses = ['draft', 'signed', 'listed', 'picking', 'counted', 'waybilled'] as const satisfies readonly SlipStatus[];

type QueueSlip = Pick<PurchaseSlip, 'delivery' | 'status' | 'counts' | 'voided' | 'released'>;

const isOpen = (s: Pick<PurchaseSlip, 'voided' | 'released'>) => s.voided === undefined && s.released === undefined;

/** OUT-2: a shipping list handed to the warehouse and not yet counted by anyone: the picking list to work on. */
export function isToPick(s: QueueSlip): boolean {
  return isOpen(s) && s.delivery === 'ship' && (s.status === 'listed' || (s.status === 'picking' && s.counts.length === 0));
}

/** OUT-4: picked and counted once; a second person must count it before packing. */
export function isAwaitingSecondCount(s: QueueSlip): boolean {
  return isOpen(s) && s.delivery === 'ship' && s.status === 'picking' && s.counts.length >= 1;
}

/** OUT-7: not yet released and holding a product that waits for the leader's signature. */
export function isAwaitingSignOff(s: PurchaseSlip, products: ReadonlyMap<number, Product>): boolean {
  return isOpen(s) && (preReleaseStatuses as readonly SlipStatus[]).includes(s.status) && pendingSignOff(s, products).length > 0;
}
