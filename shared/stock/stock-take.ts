import type { Approval } from '../auth/approval';
import type { Product } from '../products/product';
import type { Issue } from '../validation';
import { assertValid } from '../validation';
import { isApprovalRecorded } from './approvals';
import type { Balances, Movement, MovementStamp } from './ledger';
import { issue } from './messages';
import { quantityIssue } from './quantity';

/**
 * Stock take (盘点, WH-2): ledger, goods and bin card must agree. The book quantity is frozen when the
 * count is created; the supervisor approves the variances, which post as one adjustment movement.
 */
export type StockTakeScope =
  | { kind: 'all' }
  | { kind: 'products'; productIds: number[] }
  | { kind: 'locations'; locations: string[] };

export interface StockTakeLine {
  productId: number;
  /** The ledger quantity when the count was created. */
  bookQty: number;
  countedQty?: number;
  /** Why counted ≠ book (required for every variance). */
  reason?: string;
}

export interface StockTake {
  id?: number;
  /** PD… */
  docNo: string;
  day: string;
  createdAt: number;
  createdById: number;
  createdByName: string;
  scope: StockTakeScope;
  /** A blind count: the count sheet does not show the book quantity. */
  blind: boolean;
  lines: StockTakeLine[];
  status: 'counting' | 'posted';
  approval?: Approval;
  postedAt?: number;
}

const byLocationThenCode = (a: Product, b: Product) => a.location.localeCompare(b.location) || a.code.localeCompare(b.code);

/** The active products a scope covers, in walking order (location, then code). */
export function productsInScope(scope: StockTakeScope, products: Iterable<Product>): Product[] {
  const active = [...products].filter((p) => p.active && p.id !== undefined);
  const chosen =
    scope.kind === 'all'
      ? active
      : scope.kind === 'products'
        ? active.filter((p) => scope.productIds.includes(p.id ?? -1))
        : active.filter((p) => scope.locations.includes(p.location));
  return chosen.sort(byLocationThenCode);
}

/** The lines of a new count: one per product in scope, book quantity frozen from the balances. */
export function stockTakeLines(scope: StockTakeScope, products: Iterable<Product>, balances: Balances): StockTakeLine[] {
  return productsInScope(scope, products).map((p) => ({ productId: p.id ?? -1, bookQty: balances.get(p.id ?? -1) ?? 0 }));
}

export interface CountSheetRow {
  productId: number;
  location: string;
  code: string;
  name: string;
  spec: string;
  unit: string;
  /** Absent on a blind count sheet. */
  bookQty?: number;
  countedQty?: number;
}

/** WH-2: the rows of the printable/exportable count sheet; a blind sheet leaves the book quantity out. */
export function countSheetRows(take: Pick<StockTake, 'lines' | 'blind'>, products: ReadonlyMap<number, Product>, blind = take.blind): CountSheetRow[] {
  return take.lines.map((l) => {
    const p = products.get(l.productId);
    const row: CountSheetRow = {
      productId: l.productId,
      location: p?.location ?? '', code: p?.code ?? '', name: p?.name ?? '', spec: p?.spec ?? '', unit: p?.unit ?? '',
    };
    if (!blind) row.bookQty = l.bookQty;
    if (l.countedQty !== undefined) row.countedQty = l.countedQty;
    return row;
  });
}

export interface Variance {
  productId: number;
  bookQty: number;
  countedQty: number;
  /** counted − book: negative = missing goods. */
  variance: number;
  reason?: string;
}

/** WH-2: counted lines whose count differs from the book. */
export function variances(take: Pick<StockTake, 'lines'>): Variance[] {
  const out: Variance[] = [];
  for (const l of take.lines) {
    if (l.countedQty === undefined || l.countedQty === l.bookQty) continue;
    out.push({ productId: l.productId, bookQty: l.bookQty, countedQty: l.countedQty, variance: l.countedQty - l.bookQty, ...(l.reason ? { reason: l.reason } : {}) });
  }
  return out;
}

/** One line of the list the supervisor signs (WH-2): product, book, counted, difference, its value, the reason. */
export interface VarianceListRow extends Variance {
  code: string;
  name: string;
  unit: string;
  /** Unit price in yuan. */
  price: number;
  /** difference × unit price, yuan (negative = goods missing). */
  value: number;
}

export interface VarianceList {
  rows: VarianceListRow[];
  /** The sum of the values, yuan. */
  totalValue: number;
}

const yuan = (x: number) => Math.round(x * 100) / 100;

/** WH-2: the approval list, in the count's walking order: what the supervisor signs before the ledger changes. */
export function varianceList(take: Pick<StockTake, 'lines'>, products: ReadonlyMap<number, Pick<Product, 'code' | 'name' | 'unit' | 'price'>>): VarianceList {
  const rows = variances(take).map((v) => {
    const p = products.get(v.productId);
    const price = p?.price ?? 0;
    return { ...v, code: p?.code ?? `#${v.productId}`, name: p?.name ?? '', unit: p?.unit ?? '', price, value: yuan(v.variance * price) };
  });
  return { rows, totalValue: yuan(rows.reduce((sum, r) => sum + r.value, 0)) };
}

/**
 * WH-2: the supervisor's approval covers exactly the list they signed: the same products with the
 * same book and counted quantities and reasons. A count changed after signing needs a new signature.
 */
export function isSignedList(signed: readonly Variance[], now: readonly Variance[]): boolean {
  const key = (v: Variance) => `${v.productId}|${v.bookQty}|${v.countedQty}|${(v.reason ?? '').trim()}`;
  const a = signed.map(key).sort();
  const b = now.map(key).sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Every line must be counted (0 is a count) before the take is submitted. */
export function validateCounts(take: Pick<StockTake, 'lines'>): Issue[] {
  const issues: Issue[] = [];
  take.lines.forEach((l, i) => {
    const bad = quantityIssue(l.countedQty, `lines.${i}.countedQty`, 'nonNegative');
    if (bad) issues.push(bad);
  });
  return issues;
}

/** WH-2: every variance needs a reason (损耗, 错发, 记账错误 …). */
export function validateVarianceReasons(take: Pick<StockTake, 'lines'>): Issue[] {
  const issues: Issue[] = [];
  take.lines.forEach((l, i) => {
    if (l.countedQty !== undefined && l.countedQty !== l.bookQty && (l.reason ?? '').trim() === '') {
      issues.push(issue(`lines.${i}.reason`, 'stock.take.reasonRequired'));
    }
  });
  return issues;
}

/** Products whose ledger moved since the count was created: the count must be redone for them before posting. */
export function bookChanged(take: Pick<StockTake, 'lines'>, balances: Balances): number[] {
  return take.lines.filter((l) => (balances.get(l.productId) ?? 0) !== l.bookQty).map((l) => l.productId);
}

/**
 * WH-2: the adjustment movement (PD…) that brings the ledger to the counted quantities, posted only
 * with a supervisor's approval, every line counted and every variance explained. Undefined when
 * the count matched the book everywhere (nothing to post). Throws ValidationError otherwise.
 */
export function adjustmentMovement(take: StockTake & { id: number }, approval: Approval | undefined, stamp: MovementStamp): Movement | undefined {
  const issues = [...validateCounts(take), ...validateVarianceReasons(take)];
  if (!isApprovalRecorded(approval)) issues.push(issue('approval', 'stock.take.needsApproval'));
  if (take.status === 'posted') issues.push(issue('status', 'stock.take.alreadyPosted'));
  assertValid(issues);
  const lines = variances(take).map((v) => ({ productId: v.productId, qty: v.variance }));
  if (lines.length === 0) return undefined;
  return { ...stamp, kind: 'adjust', lines, ref: { type: 'stockTake', id: take.id }, note: take.docNo };
}
