import { shipmentLogRows, type ShipmentLogRow } from '@shared/shipping/shipment-log';
import { listsBySlip } from '@shared/shipping/shipping-list';
import { listCarriers } from './carriers-repo';
import type { AppDB } from './db';
import { productMap } from './products-repo';
import { withSlipId } from './slip-store';

/**
 * SHP-3 rows of every day in [fromDay, toDay] for the Excel export (REC-2): the same rows as
 * shipments-repo's shipmentLog(day), but one index range and one read of products and carriers for
 * the whole range, so a year's export does not read the product list 365 times.
 */
export async function shipmentLogRange(db: AppDB, fromDay: string, toDay: string): Promise<ShipmentLogRow[]> {
  if (!(fromDay <= toDay)) return [];
  const shipments = await db.shipments.where('day').between(fromDay, toDay, true, true).toArray();
  const slipIds = [...new Set(shipments.flatMap((s) => (s.slipId !== undefined ? [s.slipId] : [])))];
  const [slipRows, lists, products, carriers] = await Promise.all([
    db.purchaseSlips.bulkGet(slipIds),
    db.shippingLists.where('slipId').anyOf(slipIds).toArray(),
    productMap(db),
    listCarriers(db),
  ]);
  const slips = new Map(slipRows.flatMap((s) => withSlipId(s) ?? []).map((s) => [s.id, s]));
  const bySlip = listsBySlip(lists);
  const names = new Map(carriers.map((c) => [c.code, c.name]));
  const byDay = new Map<string, typeof shipments>();
  for (const s of shipments) {
    const list = byDay.get(s.day);
    if (list) list.push(s);
    else byDay.set(s.day, [s]);
  }
  const rows: ShipmentLogRow[] = [];
  // shipmentLogRows builds one day's log; the range is the days in order, each from the rows read once.
  for (const day of [...byDay.keys()].sort()) rows.push(...shipmentLogRows(byDay.get(day) ?? [], slips, bySlip, products, day));
  return rows.map((r) => ({ ...r, carrier: names.get(r.carrier) ?? r.carrier }));
}

