import { localDayStart } from '@shared/domain/local-date';
import { shippingListDocument } from '@shared/shipping/list-document';
import { listsBySlip, type ShippingList } from '@shared/shipping/shipping-list';
import { slipDocument } from '@shared/slips/slip-documents';
import type { SettlementDocument } from '@shared/stock/settlement';
import type { AppDB } from './db';
import { withSlipId, type SavedSlip } from './slip-store';
import type { StoredMovement } from './stock-rows';

/** The next local day's start: a day is [start, next start), whatever its length (DST). */
function nextDayStart(day: string): number {
  const d = new Date(localDayStart(day));
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * WH-1 settlement source of purchase slips: the slips released that day (found by their release
 * time, so a slip marked released without its movement shows up as a difference) and those the day's
 * movements refer to — each a 产品购销单 saying how it left — with its shipping list (发货明细表, FH…)
 * when it shipped; a shipped slip without one is listed by the reconciliation rule.
 */
export async function slipSettlementDocuments(db: AppDB, day: string, movements: readonly StoredMovement[]): Promise<SettlementDocument[]> {
  const released = await db.purchaseSlips.where('released.at').between(localDayStart(day), nextDayStart(day), true, false).primaryKeys();
  const referred = movements.flatMap((m) => (m.ref?.type === 'slip' ? [m.ref.id] : []));
  const ids = [...new Set([...released, ...referred])].filter((id): id is number => id !== undefined);
  const slips = (await db.purchaseSlips.bulkGet(ids)).flatMap((s) => withSlipId(s) ?? []);
  const lists = await db.shippingLists.where('slipId').anyOf(ids).toArray();
  return slipPapers(slips, lists);
}

/**
 * The papers of released purchase slips: each a 产品购销单 saying how it left, with its shipping list
 * (发货明细表) when it has one. The settlement and the data check (数据自检) read slips the same way.
 */
export function slipPapers(slips: readonly SavedSlip[], shippingLists: readonly ShippingList[]): SettlementDocument[] {
  const lists = listsBySlip(shippingLists);
  return slips.flatMap((slip): SettlementDocument[] => {
    const list = lists.get(slip.id);
    const doc = slipDocument(slip);
    const listDoc = list ? shippingListDocument(list, slip) : undefined;
    return [
      ...(doc ? [{ ...doc, paper: 'purchaseSlip' as const, delivery: slip.delivery }] : []),
      ...(listDoc ? [{ ...listDoc, paper: 'shippingList' as const }] : []),
    ];
  });
}
