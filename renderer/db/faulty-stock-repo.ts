import Dexie from 'dexie';
import { assertValid } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { stockDocPrefixes } from '@shared/stock/doc-no';
import { movementStamp, type Movement, type MovementLine } from '@shared/stock/ledger';
import { scrapMovement, validateScrap, type Scrap } from '@shared/stock/scrap';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { checkApproval } from './sign-in';
import { postMovement, stockTables, takeDocNo } from './stock-ledger';
import type { StoredMovement, StoredProduct } from './stock-rows';

type Saved<T> = T & { id: number };

/**
 * Takes goods out of faulty stock (不良品) inside the caller's transaction: the movement's lines must
 * all be faulty (validateMovement refuses a faulty-only kind on the shelf) and faulty stock never
 * goes below zero. A scrap posts through here; the maker's return list (返厂单, RMA-1) will too.
 */
export function postFaultyRelease(db: AppDB, actor: Actor, m: Movement): Promise<StoredMovement> {
  return postMovement(db, actor, m, { allowNegative: false });
}

export interface ScrapInput {
  /** Positive quantities, each from the product's faulty stock. */
  lines: MovementLine[];
  reason: string;
  day?: string;
}

function snapshot({ id: _id, ...fields }: Scrap): Record<string, unknown> {
  return fields;
}

/**
 * 报废: faulty goods leave for good on an outbound slip (CK…), with the reason and the supervisor's
 * approval (re-checked: active supervisor, fresh). Record, movement, balances and audit in one
 * transaction; refused when more is scrapped than faulty stock holds.
 */
export async function postScrap(db: AppDB, actor: Actor, input: ScrapInput, approval: Approval, now = Date.now()): Promise<{ scrap: Saved<Scrap>; movement: StoredMovement }> {
  assertCan(actor.roles, 'stock.receive');
  const day = input.day ?? toIsoDate(now);
  const lines = input.lines.map((l) => ({ productId: l.productId, qty: l.qty }));
  const reason = input.reason.trim();
  assertValid(validateScrap({ lines, reason, approval }));
  return db.transaction('rw', [...stockTables(db), db.scraps], async () => {
    await checkApproval(db, approval, now);
    const docNo = await takeDocNo(db, stockDocPrefixes.outbound, day);
    const row: Scrap = { ...movementStamp(actor, docNo, now, day), lines, reason, approval };
    const id = addedKey(await db.scraps.add(row));
    await auditChange(db, actor, { action: 'create', table: 'scraps', recordId: id, after: snapshot(row), at: now, note: reason });
    const scrap = { ...row, id };
    const movement = await postFaultyRelease(db, actor, scrapMovement(scrap));
    return { scrap, movement };
  });
}

/** Scraps, newest first, of a range of days. */
export async function listScraps(db: AppDB, filter: { fromDay?: string; toDay?: string } = {}): Promise<Saved<Scrap>[]> {
  const rows = await db.scraps.where('day').between(filter.fromDay ?? Dexie.minKey, filter.toDay ?? Dexie.maxKey, true, true).toArray();
  return rows.flatMap((s) => (s.id === undefined ? [] : [{ ...s, id: s.id }])).sort((a, b) => b.at - a.at || b.id - a.id);
}

export interface FaultyLevel {
  product: StoredProduct;
  faulty: number;
}

/** Every product holding faulty stock now, by code. */
export async function listFaultyStock(db: AppDB): Promise<FaultyLevel[]> {
  const rows = (await db.stockBalances.toArray()).filter((r) => (r.faulty ?? 0) > 0);
  const products = await db.products.bulkGet(rows.map((r) => r.productId));
  return rows
    .flatMap((r, i) => {
      const product = products[i];
      return product ? [{ product, faulty: r.faulty ?? 0 }] : [];
    })
    .sort((a, b) => a.product.code.localeCompare(b.product.code));
}
