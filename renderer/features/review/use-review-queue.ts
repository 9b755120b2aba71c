import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isReviewableKind, type ReviewableKind } from '@shared/review/review';
import { useStaffList } from '../../auth';
import { getCustomersByIds } from '../../db/customers-repo';
import { getDb } from '../../db/db';
import { productMap } from '../../db/products-repo';
import { listReviewQueue, type ReviewQueuePage } from '../../db/reviews-repo';
import { useLang } from '../../i18n/context';
import { customerIdsOf, queueRows, type QueueRow } from './queue-rows';

export interface ReviewQueueView {
  rows: QueueRow[] | undefined;
  page: ReviewQueuePage | undefined;
}

/** How many of the oldest waiting records the screen lists (the counts cover the whole queue). */
export const queueLimit = 200;

/** REV-1: the oldest unreviewed records of the chosen kinds, live, with names resolved. */
export function useReviewQueue(kinds: readonly ReviewableKind[] | undefined): ReviewQueueView {
  const [lang] = useLang();
  const key = kinds?.join(',') ?? '';
  const page = useLiveQuery(() => listReviewQueue(getDb(), { limit: queueLimit, ...(key ? { kinds: key.split(',').filter(isReviewableKind) } : {}) }), [key]);
  const ids = page ? customerIdsOf(page.entries).join(',') : '';
  const customers = useLiveQuery(() => getCustomersByIds(getDb(), ids ? ids.split(',').map(Number) : []), [ids]);
  const products = useLiveQuery(() => productMap(getDb()), []);
  const staff = useStaffList(false);
  const rows = useMemo(() => {
    if (!page || !customers || !products || !staff) return undefined;
    return queueRows(page.entries, { customers, products, staff: new Map(staff.map((s) => [s.id, s.name])) }, lang);
  }, [page, customers, products, staff, lang]);
  return { rows, page };
}
