import Dexie from 'dexie';
import { assertValid, ValidationError } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { stockDocPrefixes } from '@shared/stock/doc-no';
import { movementStamp, type MovementLine } from '@shared/stock/ledger';
import { copyLine, returnMovement, validateReturn, type CustomerReturn } from '@shared/stock/returns';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { postMovement, stockTables, takeDocNo } from './stock-ledger';
import type { StoredMovement } from './stock-rows';

type Saved<T> = T & { id: number };

export interface ReturnInput {
  customerId: number;
  slipId?: number;
  lines: MovementLine[];
  reason: string;
  day?: string;
}

function snapshot({ id: _id, ...fields }: CustomerReturn): Record<string, unknown> {
  return fields;
}

/**
 * IN-4: goods returned by a customer are received with an inbound slip (RK…) for the returned
 * quantity, linked to the customer; lines with a quality problem go to faulty stock (不良品). Record, movement, balances, alerts and audit in one transaction.
 */
export async function postReturn(db: AppDB, actor: Actor, input: ReturnInput, now = Date.now()): Promise<{ ret: Saved<CustomerReturn>; movement: StoredMovement }> {
  assertCan(actor.roles, 'stock.receive');
  const day = input.day ?? toIsoDate(now);
  const draft: CustomerReturn = {
    // The real RK… number is taken inside the transaction; validateReturn does not look at it.
    ...movementStamp(actor, 'RK00000000-000', now, day),
    customerId: input.customerId,
    lines: input.lines.map(copyLine),
    reason: input.reason.trim(),
    ...(input.slipId !== undefined ? { slipId: input.slipId } : {}),
  };
  assertValid(validateReturn(draft));
  return db.transaction('rw', [...stockTables(db), db.returns, db.customers], async () => {
    if (!(await db.customers.get(input.customerId))) throw new ValidationError([{ path: 'customerId', message: 'customer.error.notFound' }]);
    const docNo = await takeDocNo(db, stockDocPrefixes.inbound, day);
    const row: CustomerReturn = { ...draft, docNo };
    const id = addedKey(await db.returns.add(row));
    await auditChange(db, actor, { action: 'create', table: 'returns', recordId: id, after: snapshot(row), at: now });
    const ret = { ...row, id };
    const movement = await postMovement(db, actor, returnMovement(ret), { allowNegative: false });
    return { ret, movement };
  });
}

/** Returns, newest first: one customer's, or a range of days. */
export async function listReturns(db: AppDB, filter: { customerId?: number; fromDay?: string; toDay?: string } = {}): Promise<Saved<CustomerReturn>[]> {
  const inRange = (r: CustomerReturn) => (filter.fromDay === undefined || r.day >= filter.fromDay) && (filter.toDay === undefined || r.day <= filter.toDay);
  const rows =
    filter.customerId !== undefined
      ? await db.returns.where('customerId').equals(filter.customerId).filter(inRange).toArray()
      : await db.returns.where('day').between(filter.fromDay ?? Dexie.minKey, filter.toDay ?? Dexie.maxKey, true, true).toArray();
  return rows.flatMap((r) => (r.id === undefined ? [] : [{ ...r, id: r.id }])).sort((a, b) => b.at - a.at || b.id - a.id);
}
