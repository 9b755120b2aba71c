import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import type { SlipStatus } from '@shared/slips/purchase-slip';
import { slipShipDoc, type ShipDoc, type ShipSource } from '@shared/shipping/ship-doc';
import { getCustomersByIds } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { courierExchangesInProgress, getExchangeShipDoc, getExchangeShippingList } from '../../../db/exchange-shipping';
import { shipmentForExchange, shipmentForSlip, type SavedShipment } from '../../../db/shipments-repo';
import { getShippingList, type SavedShippingList } from '../../../db/shipping-repo';
import { getSlip, listSlips, type SavedSlip } from '../../../db/slips-repo';

/** Shipping slips still on their way out: filled, handed over, picking, counted, waybilled. */
export const inProgress: readonly SlipStatus[] = ['draft', 'listed', 'picking', 'counted', 'waybilled'];

/** 待发货: the shipping slips and courier exchanges (EXC-2) still on their way out, oldest first. */
export function useShipDocs(): ShipDoc[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [lists, exchanges] = await Promise.all([
      Promise.all(inProgress.map((status) => listSlips(db, { delivery: 'ship', status, includeVoided: false }, 500))),
      courierExchangesInProgress(db),
    ]);
    return [...lists.flat().map(slipShipDoc), ...exchanges].sort((a, b) => a.createdAt - b.createdAt);
  }, []);
}

export function useCustomersByIds(ids: readonly number[]): Map<number, Customer> | undefined {
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',');
  return useLiveQuery(() => getCustomersByIds(getDb(), key === '' ? [] : key.split(',').map(Number)), [key]);
}

export interface ShipWork {
  /** What ships, as the steps see it (a slip or a courier exchange). */
  doc: ShipDoc;
  /** The purchase slip itself when the document is one (its sign-off and print checks are its own). */
  slip?: SavedSlip;
  list: SavedShippingList | undefined;
  shipment: SavedShipment | undefined;
}

async function loadWork(source: ShipSource): Promise<ShipWork | null> {
  const db = getDb();
  if (source.type === 'exchange') {
    const doc = await getExchangeShipDoc(db, source.id);
    if (!doc) return null;
    const [list, shipment] = await Promise.all([getExchangeShippingList(db, source.id), shipmentForExchange(db, source.id)]);
    return { doc, list, shipment };
  }
  const slip = await getSlip(db, source.id);
  if (!slip) return null;
  const [list, shipment] = await Promise.all([getShippingList(db, source.id), shipmentForSlip(db, source.id)]);
  return { doc: slipShipDoc(slip), slip, list, shipment };
}

/** One document's shipping state, live; null when it does not exist (or is no courier exchange). */
export function useShipWork(source: ShipSource): ShipWork | null | undefined {
  return useLiveQuery(() => loadWork(source), [source.type, source.id]);
}

export interface BatchCandidate {
  doc: ShipDoc;
  list: SavedShippingList;
}

/** SHP-2 batch: counted slips and courier exchanges waiting for their waybill (with their shipping lists), oldest first. */
export function useWaybillCandidates(): BatchCandidate[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [slips, exchanges] = await Promise.all([
      listSlips(db, { delivery: 'ship', status: 'counted', includeVoided: false }, 1000),
      courierExchangesInProgress(db),
    ]);
    const docs = [...slips.map(slipShipDoc), ...exchanges.filter((e) => e.status === 'counted')];
    const lists = await Promise.all(docs.map((d) => (d.source.type === 'exchange' ? getExchangeShippingList(db, d.source.id) : getShippingList(db, d.source.id))));
    return docs.flatMap((doc, i) => {
      const list = lists[i];
      return list ? [{ doc, list }] : [];
    }).sort((a, b) => a.doc.createdAt - b.doc.createdAt);
  }, []);
}
