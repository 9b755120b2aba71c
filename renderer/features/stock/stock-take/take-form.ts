import type { Translate } from '@shared/i18n';
import { parseQuantity } from '@shared/stock/quantity';
import { validateCounts, validateVarianceReasons, variances, type StockTake, type StockTakeLine, type StockTakeScope } from '@shared/stock/stock-take';
import type { Issue } from '@shared/validation';
import type { CountEntry } from '../../../db/stock-take-repo';

/** What the count table edits per line: the counted quantity as typed and the variance reason. */
export interface CountInput {
  qty: string;
  reason: string;
}

export type CountInputs = Readonly<Record<number, CountInput>>;

export function inputsFromTake(take: Pick<StockTake, 'lines'>): Record<number, CountInput> {
  return Object.fromEntries(take.lines.map((l) => [l.productId, { qty: l.countedQty === undefined ? '' : String(l.countedQty), reason: l.reason ?? '' }]));
}

/**
 * WH-2: the typed counts → entries for `enterCounts` (blank lines are not counted yet), the take's
 * lines as they will be, and the issues at `lines.<i>.countedQty` (a negative or non-integer count).
 */
export function readCounts(take: Pick<StockTake, 'lines'>, inputs: CountInputs): { counts: CountEntry[]; lines: StockTakeLine[]; issues: Issue[] } {
  const counts: CountEntry[] = [];
  const issues: Issue[] = [];
  const lines = take.lines.map((l, i) => {
    const input = inputs[l.productId];
    if (!input || input.qty.trim() === '') return l;
    const qty = parseQuantity(input.qty, 'nonNegative');
    if (!qty.ok) {
      issues.push({ path: `lines.${i}.countedQty`, message: qty.message });
      return l;
    }
    const reason = input.reason.trim();
    counts.push({ productId: l.productId, countedQty: qty.value, ...(reason ? { reason } : {}) });
    const { reason: _old, ...rest } = l;
    return { ...rest, countedQty: qty.value, ...(reason ? { reason } : {}) };
  });
  return { counts, lines, issues };
}

/** WH-2: what still stops posting: an uncounted line, a variance without a reason. */
export function postingIssues(lines: readonly StockTakeLine[]): Issue[] {
  return [...validateCounts({ lines: [...lines] }), ...validateVarianceReasons({ lines: [...lines] })];
}

export function takeSummary(t: Translate, lines: readonly StockTakeLine[]): string {
  const counted = lines.filter((l) => l.countedQty !== undefined).length;
  return t('stockui.take.summary', { count: lines.length, counted, variances: variances({ lines: [...lines] }).length });
}

export function scopeText(t: Translate, scope: StockTakeScope, separator: string): string {
  const label = t(`stock.take.scope.${scope.kind}`);
  if (scope.kind === 'locations') return `${label}: ${scope.locations.join(separator)}`;
  if (scope.kind === 'products') return `${label} (${scope.productIds.length})`;
  return label;
}
