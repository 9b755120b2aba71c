import { isReviewOverdue } from '../review/review';
import type { Shipment } from '../shipping/shipment';
import type { PurchaseSlip } from '../slips/purchase-slip';
import { fromFen, toFen } from '../slips/slip-totals';

/** The month summary (月度汇总): the center's month in a few numbers, for the board, the A4 report and Excel. */
export interface MonthSummary {
  calls: number;
  serviceRequests: number;
  slips: number;
  /** Yuan, summed in fen. */
  amount: number;
  shipments: number;
  /** Shipments of the month signed for, and their mean days from dispatch to signature (1 decimal); null when none. */
  delivered: number;
  avgDeliveryDays: number | null;
  callbacks: Ratio;
  reviews: Ratio;
}

export interface Ratio {
  onTime: number;
  total: number;
}

export interface MonthSummaryInput {
  /** Calls of the month, voided ones already left out. */
  calls: number;
  serviceRequests: number;
  /** Slips dated in the month. */
  slips: readonly Pick<PurchaseSlip, 'total' | 'voided'>[];
  /** Shipments dispatched in the month. */
  shipments: readonly Pick<Shipment, 'shippedAt' | 'signedAt' | 'callbacks' | 'voided'>[];
  /** Reviews made in the month, with when the reviewed record was created. */
  reviews: readonly { at: number; recordCreatedAt: number }[];
  now: number;
}

const dayMs = 86_400_000;

/**
 * SHP-5 on time: the customer is reached by the end of the day after signing (local midnight two
 * days after the signing day); a callback nobody answered does not count.
 */
export const callbackDays = 1;

export function callbackDeadline(signedAt: number, days = callbackDays): number {
  const d = new Date(signedAt);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days + 1).getTime();
}

/** SHP-5: reached before the deadline → on time; still open before the deadline → not counted yet. */
export function callbackOutcome(s: Pick<Shipment, 'signedAt' | 'callbacks'>, now: number): 'onTime' | 'late' | 'pending' | 'none' {
  if (s.signedAt === undefined) return 'none';
  const deadline = callbackDeadline(s.signedAt);
  const reached = s.callbacks.find((c) => c.reached);
  if (reached) return reached.at < deadline ? 'onTime' : 'late';
  return now < deadline ? 'pending' : 'late';
}

function ratio<T>(items: readonly T[], outcome: (item: T) => 'onTime' | 'late' | 'pending' | 'none'): Ratio {
  let onTime = 0;
  let total = 0;
  for (const item of items) {
    const o = outcome(item);
    if (o === 'onTime' || o === 'late') total++;
    if (o === 'onTime') onTime++;
  }
  return { onTime, total };
}

export function monthSummary(input: MonthSummaryInput): MonthSummary {
  const slips = input.slips.filter((s) => s.voided === undefined);
  const shipments = input.shipments.filter((s) => s.voided === undefined);
  const signed = shipments.filter((s) => s.signedAt !== undefined);
  const days = signed.reduce((sum, s) => sum + ((s.signedAt ?? s.shippedAt) - s.shippedAt) / dayMs, 0);
  return {
    calls: input.calls,
    serviceRequests: input.serviceRequests,
    slips: slips.length,
    amount: fromFen(slips.reduce((sum, s) => sum + toFen(s.total), 0)),
    shipments: shipments.length,
    delivered: signed.length,
    avgDeliveryDays: signed.length > 0 ? Math.round((days / signed.length) * 10) / 10 : null,
    callbacks: ratio(shipments, (s) => callbackOutcome(s, input.now)),
    // REV-1: on time when reviewed within 7 × 24 h of the record's creation.
    reviews: ratio(input.reviews, (r) => (isReviewOverdue(r.recordCreatedAt, r.at) ? 'late' : 'onTime')),
  };
}

/** A ratio as a whole percentage; null when nothing was due. */
export function percent(r: Ratio): number | null {
  return r.total === 0 ? null : Math.round((r.onTime / r.total) * 100);
}
