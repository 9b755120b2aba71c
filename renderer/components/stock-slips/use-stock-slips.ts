import { useLiveQuery } from 'dexie-react-hooks';
import type { MovementRef } from '@shared/stock/ledger';
import type { StockSlipView } from '@shared/stock/stock-slip';
import { getDb } from '../../db/db';
import { productMap } from '../../db/products-repo';
import { slipsByDocNo, slipsForRef } from '../../db/stock-slips-repo';
import type { StoredProduct } from '../../db/stock-rows';

/** What to open: the slips of a document number, or of a record. */
export type SlipTarget = { docNo: string } | { ref: MovementRef };

/** The slips of a target with the products they name, live; undefined while loading. */
export function useStockSlips(target: SlipTarget): { slips: StockSlipView[]; products: Map<number, StoredProduct> } | undefined {
  const key = 'docNo' in target ? target.docNo : `${target.ref.type}:${target.ref.id}`;
  return useLiveQuery(async () => {
    const db = getDb();
    const [slips, products] = await Promise.all(['docNo' in target ? slipsByDocNo(db, target.docNo) : slipsForRef(db, target.ref), productMap(db)]);
    return { slips, products };
    // The target is read through its key: a new object for the same slips does not re-query.
  }, [key]);
}
