import type { StockTake } from '../stock/stock-take';

/**
 * WH-2 on the board: a stock take whose every line is counted waits for the supervisor to approve its
 * variances (applyVariances); one still being counted is the warehouse's open stock take.
 */
export function isAwaitingVarianceApproval(take: Pick<StockTake, 'status' | 'lines'>): boolean {
  return take.status === 'counting' && take.lines.length > 0 && take.lines.every((l) => l.countedQty !== undefined);
}

export function isStillCounting(take: Pick<StockTake, 'status' | 'lines'>): boolean {
  return take.status === 'counting' && !isAwaitingVarianceApproval(take);
}
