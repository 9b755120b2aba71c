import type { Issue } from '../validation';
import { assertValid } from '../validation';
import { locationOf, type Movement, type MovementLine, type MovementStamp } from './ledger';
import { issue } from './messages';
import { quantityIssue } from './quantity';

/**
 * A customer return (IN-4): the inbound slip (入库单, RK…) for the returned quantity, linked to the
 * customer and, when known, to the purchase slip the goods left on. A line returned with a quality
 * problem carries `location: 'faulty'`: it goes to faulty stock (不良品), not back on the shelf.
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
  const seen = new Set<string>();
  r.lines.forEach((l, i) => {
    const key = `${l.productId}:${locationOf(l)}`;
    if (seen.has(key)) issues.push(issue(`lines.${i}.productId`, 'stock.error.duplicateLine'));
    seen.add(key);
    const bad = quantityIssue(l.qty, `lines.${i}.qty`);
    if (bad) issues.push(bad);
  });
  if (r.reason.trim() === '') issues.push(issue('reason', 'stock.return.reasonRequired'));
  return issues;
}

/** IN-4: the inbound movement for exactly the returned quantity (each line in its place), linked to the customer. Throws on invalid input. */
export function returnMovement(r: CustomerReturn & { id: number }): Movement {
  assertValid(validateReturn(r));
  const { docNo, at, day, handlerId, handlerName } = r;
  return {
    docNo, at, day, handlerId, handlerName,
    kind: 'return',
    lines: r.lines.map(copyLine),
    ref: { type: 'return', id: r.id },
    customerId: r.customerId,
    note: r.reason.trim(),
  };
}

/** A line as the ledger keeps it: sellable lines carry no location, faulty ones say so. */
export function copyLine(l: MovementLine): MovementLine {
  return { productId: l.productId, qty: l.qty, ...(locationOf(l) === 'faulty' ? { location: 'faulty' as const } : {}) };
}
