import type { Issue } from '../validation';
import { assertValid } from '../validation';
import type { Movement, MovementLine, MovementStamp } from './ledger';
import { issue } from './messages';
import { quantityIssue } from './quantity';

/**
 * A customer return (IN-4): the inbound slip (入库单, RK…) for the returned quantity, linked to the
 * customer and, when known, to the purchase slip the goods left on.
 */
export interface CustomerReturn extends MovementStamp {
  id?: number;
  customerId: number;
  slipId?: number;
  /** Quantities returned, positive. */
  lines: MovementLine[];
  reason: string;
}

export function validateReturn(r: CustomerReturn): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isInteger(r.customerId) || r.customerId <= 0) issues.push(issue('customerId', 'stock.return.customerRequired'));
  if (r.lines.length === 0) issues.push(issue('lines', 'stock.error.noLines'));
  const seen = new Set<number>();
  r.lines.forEach((l, i) => {
    if (seen.has(l.productId)) issues.push(issue(`lines.${i}.productId`, 'stock.error.duplicateLine'));
    seen.add(l.productId);
    const bad = quantityIssue(l.qty, `lines.${i}.qty`);
    if (bad) issues.push(bad);
  });
  if (r.reason.trim() === '') issues.push(issue('reason', 'stock.return.reasonRequired'));
  return issues;
}

/** IN-4: the inbound movement for exactly the returned quantity, linked to the customer. Throws on invalid input. */
export function returnMovement(r: CustomerReturn & { id: number }): Movement {
  assertValid(validateReturn(r));
  const { docNo, at, day, handlerId, handlerName } = r;
  return {
    docNo, at, day, handlerId, handlerName,
    kind: 'return',
    lines: r.lines.map((l) => ({ productId: l.productId, qty: l.qty })),
    ref: { type: 'return', id: r.id },
    customerId: r.customerId,
    note: r.reason.trim(),
  };
}
