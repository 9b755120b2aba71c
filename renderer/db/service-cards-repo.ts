import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { normalizeCardInput, serviceCardPrefix, validateCard, type ServiceCard, type ServiceCardInput } from '@shared/service/card';
import { auditChange } from './audit-repo';
import { bulkAddChunked } from './bulk-add';
import { addedKey, type AppDB } from './db';
import type { StoredServiceCard } from './schema-v5';
import { auditSnapshot, enqueueReview, refuse } from './service-shared';
import { takeDocNo } from './stock-ledger';

export type { StoredServiceCard } from './schema-v5';

// Service cards are kept one year (REC-1); they leave only through retention-repo's audited removal.

/** The card form: a pre-printed card number, or none to have the app number it FK + service date + sequence. */
export type ServiceCardWrite = Omit<ServiceCardInput, 'cardNo'> & { cardNo?: string };

/** A placeholder that passes the number check while the FK number is taken inside the transaction. */
const pendingNo = 'FK-PENDING';

async function assertReferences(db: AppDB, card: ServiceCardInput): Promise<void> {
  // A card is for one real product: an id that is not on file is as good as none.
  if (!(await db.products.get(card.productId))) refuse('productId', 'service.card.error.productRequired');
  if (!(await db.customers.get(card.customerId))) refuse('customerId', 'service.card.error.customerRequired');
  if (!(await db.staff.get(card.technicianId))) refuse('technicianId', 'service.card.error.technicianRequired');
}

/**
 * Records a service card (服务卡, kept one year) with its audit entry and review-queue row in one
 * transaction. A card without a product is refused at the field; a card number already on file is refused.
 */
export async function createServiceCard(db: AppDB, actor: Actor, input: ServiceCardWrite, now = Date.now()): Promise<StoredServiceCard> {
  assertCan(actor.roles, 'service.write');
  const given = input.cardNo?.trim() ?? '';
  const draft = normalizeCardInput({ ...input, cardNo: given || pendingNo });
  assertValid(validateCard(draft));
  return db.transaction('rw', [db.serviceCards, db.products, db.customers, db.staff, db.docCounters, db.reviewQueue, db.auditLog], async () => {
    await assertReferences(db, draft);
    const cardNo = given || (await takeDocNo(db, serviceCardPrefix, draft.serviceDate));
    if ((await db.serviceCards.where('cardNo').equals(cardNo).count()) > 0) refuse('cardNo', 'service.card.error.cardNoInUse');
    const row = { ...draft, cardNo, createdAt: now };
    const id = addedKey(await db.serviceCards.add(row));
    await enqueueReview(db, 'serviceCards', id, now);
    await auditChange(db, actor, { action: 'create', table: 'serviceCards', recordId: id, after: auditSnapshot(row), at: now });
    return { ...row, id };
  });
}

export function getServiceCard(db: AppDB, id: number): Promise<StoredServiceCard | undefined> {
  return db.serviceCards.get(id);
}

export interface ServiceCardFilter {
  /** Service dates, both inclusive. */
  fromDay?: string;
  toDay?: string;
  customerId?: number;
}

/** Cards by service date, newest first. */
export async function listServiceCards(db: AppDB, filter: ServiceCardFilter = {}, limit = 500): Promise<StoredServiceCard[]> {
  const inDays = (c: StoredServiceCard) => (filter.fromDay === undefined || c.serviceDate >= filter.fromDay) && (filter.toDay === undefined || c.serviceDate <= filter.toDay);
  let rows: StoredServiceCard[];
  if (filter.customerId !== undefined) rows = (await db.serviceCards.where('customerId').equals(filter.customerId).toArray()).filter(inDays);
  else if (filter.fromDay !== undefined || filter.toDay !== undefined) {
    const from = filter.fromDay ?? '';
    const to = filter.toDay ?? '\uffff';
    rows = from <= to ? await db.serviceCards.where('serviceDate').between(from, to, true, true).toArray() : [];
  } else rows = await db.serviceCards.orderBy('serviceDate').reverse().limit(limit).toArray();
  return rows.sort((a, b) => (a.serviceDate < b.serviceDate ? 1 : a.serviceDate > b.serviceDate ? -1 : b.id - a.id)).slice(0, limit);
}

/**
 * Bench and generated test data only, never the clerk's cards: bulk adds without audit or review-queue
 * rows (the caller enqueues them with bulkEnqueueReviews when it wants them reviewed).
 */
export async function bulkAddServiceCards(db: AppDB, cards: readonly ServiceCard[], chunkSize = 5000): Promise<number[]> {
  const issues = cards.flatMap((c, i) => validateCard(c).map((x) => ({ ...x, path: `${i}.${x.path}` })));
  assertValid(issues);
  return (await bulkAddChunked(db, db.serviceCards, cards, chunkSize)).map(addedKey);
}
