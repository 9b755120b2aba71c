import type { Approval } from '../auth/approval';
import type { Issue } from '../validation';
import { assertValid } from '../validation';
import { isApprovalRecorded } from './approvals';
import type { Movement, MovementLine, MovementStamp } from './ledger';
import { issue } from './messages';
import { quantityIssue } from './quantity';

/**
 * Scrapping faulty goods (报废): goods with a quality problem leave faulty stock (不良品) for good, on
 * an outbound slip (CK…), with the reason and the supervisor's approval. Faulty stock is the only
 * place a scrap takes from; sellable stock is never scrapped directly.
 *
 * The other way out of faulty stock is the maker's return list (返厂单, RMA-1): it will be one more
 * record of this shape (lines from faulty stock, its own movement kind and ref, its settlement rule),
 * posted through the same `postFaultyRelease` path as a scrap.
 */
export interface Scrap extends MovementStamp {
  id?: number;
  /** Quantities scrapped, positive; each from the product's faulty stock. */
  lines: MovementLine[];
  reason: string;
  approval: Approval;
}

export function validateScrap(s: Pick<Scrap, 'lines' | 'reason' | 'approval'>): Issue[] {
  const issues: Issue[] = [];
  if (s.lines.length === 0) issues.push(issue('lines', 'stock.error.noLines'));
  const seen = new Set<number>();
  s.lines.forEach((l, i) => {
    if (seen.has(l.productId)) issues.push(issue(`lines.${i}.productId`, 'stock.error.duplicateLine'));
    seen.add(l.productId);
    const bad = quantityIssue(l.qty, `lines.${i}.qty`);
    if (bad) issues.push(bad);
  });
  if (s.reason.trim() === '') issues.push(issue('reason', 'stock.scrap.reasonRequired'));
  if (!isApprovalRecorded(s.approval)) issues.push(issue('approval', 'stock.scrap.needsApproval'));
  return issues;
}

/** The movement of a saved scrap: every line out of faulty stock. Throws on an invalid scrap. */
export function scrapMovement(s: Scrap & { id: number }): Movement {
  assertValid(validateScrap(s));
  const { docNo, at, day, handlerId, handlerName } = s;
  return {
    docNo, at, day, handlerId, handlerName,
    kind: 'scrap',
    lines: s.lines.map((l) => ({ productId: l.productId, qty: -l.qty, location: 'faulty' as const })),
    ref: { type: 'scrap', id: s.id },
    note: s.reason.trim(),
  };
}
