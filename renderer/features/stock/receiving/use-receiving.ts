import { useLiveQuery } from 'dexie-react-hooks';
import type { Discrepancy, Receipt } from '@shared/stock/receiving';
import { getDb } from '../../../db/db';
import { listDiscrepancies, listReceipts, openDiscrepancies, receiptsOfDeliveryNote } from '../../../db/receiving-repo';

type Saved<T> = T & { id: number };

/** The inbound slips, newest first, live. */
export function useReceipts(): Saved<Receipt>[] | undefined {
  return useLiveQuery(() => listReceipts(getDb()), []);
}

/** IN-3: the discrepancies still open (or all), live. */
export function useDiscrepancies(includeHandled: boolean): Saved<Discrepancy>[] | undefined {
  return useLiveQuery(() => (includeHandled ? listDiscrepancies(getDb()) : openDiscrepancies(getDb())), [includeHandled]);
}

/** IN-2: the inbound slips that already received this delivery-note number (the repeat warning), live. */
export function useEarlierReceipts(deliveryNoteNo: string, supplier: string): Saved<Receipt>[] | undefined {
  return useLiveQuery(() => receiptsOfDeliveryNote(getDb(), deliveryNoteNo, supplier), [deliveryNoteNo, supplier]);
}
