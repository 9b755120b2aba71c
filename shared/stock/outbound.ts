import type { Approval } from '../auth/approval';
import type { Product } from '../products/product';
import { isPickupOnly } from '../products/product';
import type { Issue } from '../validation';
import { isApprovalRecorded } from './approvals';
import type { Balances, Movement, MovementLine, MovementRef, MovementStamp } from './ledger';
import { issue } from './messages';
import { quantityIssue } from './quantity';

/** 普通 / 会员购物 / 店铺进货 / 重复消费. */
export const orderTypes = ['normal', 'member', 'storeRestock', 'repeat'] as const;
export type OrderType = (typeof orderTypes)[number];
/** 客户自提 / 快递发货. */
export const deliveryModes = ['pickup', 'ship'] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

/** A line to issue: a positive quantity of a product (a set is issued by its own code). */
export type OutboundLine = MovementLine;

export interface OutboundCheck {
  lines: readonly OutboundLine[];
  products: ReadonlyMap<number, Product>;
  balances: Balances;
  orderType: OrderType;
  delivery: DeliveryMode;
  /** The leader's sign-off recorded on the slip (OUT-7). */
  approval?: Approval;
  /** A supervisor's explicit approval to let stock go negative; without it a shortage is refused. */
  allowNegativeWith?: Approval;
}

/** The check plus what is computed once per check. */
type Ctx = OutboundCheck & { partOfSets: Map<number, Product[]> };
type Rule = (c: Ctx, line: OutboundLine, i: number, p: Product) => Issue[];

/** Quantity per product over all lines (a product may appear on several lines). */
function requested(lines: readonly OutboundLine[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const l of lines) totals.set(l.productId, (totals.get(l.productId) ?? 0) + l.qty);
  return totals;
}

/** Product id → the active sets it is a component of. */
export function setsContaining(products: ReadonlyMap<number, Product>): Map<number, Product[]> {
  const index = new Map<number, Product[]>();
  for (const p of products.values()) {
    if (!p.isSet || !p.active) continue;
    for (const c of p.components) index.set(c.productId, [...(index.get(c.productId) ?? []), p]);
  }
  return index;
}

/** A set whose components are missing or point at unknown products cannot be checked as whole. */
export function isCompleteSet(set: Product, products: ReadonlyMap<number, Product>): boolean {
  return set.components.length > 0 && set.components.every((c) => c.qty > 0 && products.has(c.productId));
}

/** OUT-3: member purchases leave as complete sets only. */
const memberWholeSets: Rule = (c, _line, i, p) => {
  if (c.orderType !== 'member') return [];
  if (p.isSet) return isCompleteSet(p, c.products) ? [] : [issue(`lines.${i}.productId`, 'stock.out.memberIncompleteSet')];
  const partOf = c.partOfSets.get(p.id ?? -1);
  return partOf && partOf.length > 0 ? [issue(`lines.${i}.productId`, 'stock.out.memberLooseComponent')] : [];
};

/** OUT-5: self-pickup-only products (test chambers) are never shipped. */
const pickupOnly: Rule = (c, _line, i, p) => {
  if (c.delivery !== 'ship' || !isPickupOnly(p)) return [];
  return [issue(`lines.${i}.productId`, p.isTestChamber ? 'stock.out.testChamberPickupOnly' : 'stock.out.pickupOnly')];
};

/** OUT-7: special products leave only with a leader's signature on record. */
const leaderSignOff: Rule = (c, _line, i, p) =>
  p.needsLeaderSignOff && !isApprovalRecorded(c.approval) ? [issue(`lines.${i}.productId`, 'stock.out.needsSignOff')] : [];

const rules: readonly Rule[] = [memberWholeSets, pickupOnly, leaderSignOff];

/** No negative stock: a shortage is refused on the product's first line unless a supervisor approved it. */
function coverIssues(c: OutboundCheck): Issue[] {
  if (isApprovalRecorded(c.allowNegativeWith)) return [];
  const issues: Issue[] = [];
  const flagged = new Set<number>();
  const totals = requested(c.lines);
  c.lines.forEach((l, i) => {
    if (flagged.has(l.productId) || !c.products.has(l.productId)) return;
    if ((totals.get(l.productId) ?? 0) > (c.balances.get(l.productId) ?? 0)) {
      issues.push(issue(`lines.${i}.qty`, 'stock.out.insufficient'));
      flagged.add(l.productId);
    }
  });
  return issues;
}

/**
 * Every refusal an outbound order meets (OUT-3, OUT-5, OUT-7, stock cover); empty means it may
 * leave. Paths point at the line (`lines.2.productId`) so the form shows the message beside it.
 */
export function checkOutbound(c: OutboundCheck): Issue[] {
  if (c.lines.length === 0) return [issue('lines', 'stock.error.noLines')];
  const ctx: Ctx = { ...c, partOfSets: setsContaining(c.products) };
  const issues: Issue[] = [];
  c.lines.forEach((line, i) => {
    const p = c.products.get(line.productId);
    const bad = quantityIssue(line.qty, `lines.${i}.qty`);
    if (bad) issues.push(bad);
    if (!p) issues.push(issue(`lines.${i}.productId`, 'stock.out.unknownProduct'));
    else if (!p.active) issues.push(issue(`lines.${i}.productId`, 'stock.out.inactiveProduct'));
    else for (const rule of rules) issues.push(...rule(ctx, line, i, p));
  });
  return [...issues, ...coverIssues(c)];
}

/** A picking-list line: a component of a set line (`setId`) or a loose product. */
export interface PickLine extends OutboundLine {
  setId?: number;
}

/**
 * What to pick, with each set opened into its contents (component qty × set qty), for the picking
 * list and the two-person count. Stock is NOT deducted from these: a set is stocked and issued under
 * its own code, so the movement uses the order lines as they are.
 */
export function expandSets(lines: readonly OutboundLine[], products: ReadonlyMap<number, Product>): PickLine[] {
  return lines.flatMap((l): PickLine[] => {
    const p = products.get(l.productId);
    if (!p?.isSet || p.components.length === 0) return [{ productId: l.productId, qty: l.qty }];
    return p.components.map((c) => ({ productId: c.productId, qty: c.qty * l.qty, setId: l.productId }));
  });
}

/** The outbound movement (出库, CK…) for checked lines: one negative line per product. */
export function outboundMovement(lines: readonly OutboundLine[], stamp: MovementStamp, ref: MovementRef, customerId?: number): Movement {
  const out = [...requested(lines)].map(([productId, qty]) => ({ productId, qty: -qty }));
  return { ...stamp, kind: 'issue', lines: out, ref, ...(customerId !== undefined ? { customerId } : {}) };
}
