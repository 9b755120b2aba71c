import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import type { SlipStatus } from '@shared/slips/purchase-slip';
import { getCustomersByIds } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { shipmentForSlip, type SavedShipment } from '../../../db/shipments-repo';
import { getShippingList, type SavedShippingList } from '../../../db/shipping-repo';
import { getSlip, listSlips, type SavedSlip } from '../../../db/slips-repo';

/** Shipping slips still on their way out: filled, handed over, picking, counted, waybilled. */
export const inProgress: readonly SlipStatus[] = ['draft', 'listed', 'picking', 'counted', 'waybilled'];

export function useShipSlips(): SavedSlip[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const lists = await Promise.all(inProgress.map((status) => listSlips(db, { delivery: 'ship', status, includeVoided: false }, 500)));
    return lists.flat().sort((a, b) => a.createdAt - b.createdAt);
  }, []);
}

export function useCustomersByIds(ids: readonly number[]): Map<number, Customer> | undefined {
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',');
  return useLiveQuery(() => getCustomersByIds(getDb(), key === '' ? [] : key.split(',').map(Number)), [key]);
}

export interface ShipWork {
  slip: SavedSlip;
  list: SavedShippingList | undefined;
  shipment: SavedShipment | undefined;
}

/** One slip's shipping state, live; null when the slip does not exist. */
export function useShipWork(slipId: number): ShipWork | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const slip = await getSlip(db, slipId);
    if (!slip) return null;
    const [list, shipment] = await Promise.all([getShippingList(db, slipId), shipmentForSlip(db, slipId)]);
    return { slip, list, shipment };
  }, [slipId]);
}

export interface BatchCandidate {
  slip: SavedSlip;
  list: SavedShippingList;
}

/** SHP-2 batch: counted slips waiting for their waybill (with their shipping lists), oldest first. */
export function useWaybillCandidates(): BatchCandidate[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const slips = await listSlips(db, { delivery: 'ship', status: 'counted', includeVoided: false }, 1000);
    const lists = await Promise.all(slips.map((s) => getShippingList(db, s.id)));
    return slips.flatMap((slip, i) => {
      const list = lists[i];
      return list ? [{ slip, list }] : [];
    }).sort((a, b) => a.slip.createdAt - b.slip.createdAt);
  }, []);
}
