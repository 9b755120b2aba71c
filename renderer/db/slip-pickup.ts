import type { Actor } from '@shared/auth/roles';
import { assertCan } from '@shared/auth/permissions';
import { toIsoDate } from '@shared/domain/local-date';
import { completePickup, confirmPickup, issueSlip as issueStep, signSlip as signStep, type PickupCount } from '@shared/slips/pickup-flow';
import type { Signature } from '@shared/slips/purchase-slip';
import { slipMovement } from '@shared/slips/slip-documents';
import { stockDocPrefixes } from '@shared/stock/doc-no';
import { movementStamp } from '@shared/stock/ledger';
import type { AppDB } from './db';
import { assertCanAny, loadSlip, slipContextFor, slipTables, unwrap, writeSlip, type SavedSlip } from './slip-store';
import { postMovement, takeDocNo } from './stock-ledger';
import type { StoredMovement } from './stock-rows';

/**
 * OUT-1 self-pickup at the repository: draft → signed → issued → confirmed → done. Each step runs the
 * shared flow function (which runs validateSlip) inside the transaction that writes it.
 */

/** OUT-1: the customer signs the printed slip (name and time recorded). */
export async function signSlip(db: AppDB, actor: Actor, id: number, signature: Signature, now = Date.now()): Promise<SavedSlip> {
  assertCan(actor.roles, 'slip.create');
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, id);
    const next = unwrap(signStep(slip, await slipContextFor(db, slip), signature));
    return writeSlip(db, actor, slip, next, now);
  });
}

/**
 * The outbound movement of a released slip (CK…, ref slip, the release day), posted inside the
 * caller's transaction. Not postOutbound: that re-checks the OUT-7 approval as a fresh signature,
 * while a slip's sign-off was recorded (fresh) when given and only has to be on the slip at release —
 * the flow function has just checked exactly that with checkOutbound.
 */
export async function postSlipMovement(db: AppDB, actor: Actor, slip: SavedSlip, now: number): Promise<StoredMovement> {
  const day = toIsoDate(now);
  const docNo = await takeDocNo(db, stockDocPrefixes.outbound, day);
  return postMovement(db, actor, slipMovement(slip, movementStamp(actor, docNo, now, day)), { allowNegative: slip.approvals.negativeStock !== undefined });
}

/** OUT-1 (+ OUT-3, OUT-5, OUT-7, stock): the warehouse issues a signed slip; slip, movement and audit in one transaction. */
export async function issueSlip(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<{ slip: SavedSlip; movement: StoredMovement }> {
  assertCan(actor.roles, 'outbound.release');
  return db.transaction('rw', slipTables(db), async () => {
    const before = await loadSlip(db, id);
    const next = unwrap(issueStep(before, await slipContextFor(db, before), actor, now));
    const slip = await writeSlip(db, actor, before, next, now);
    const movement = await postSlipMovement(db, actor, slip, now);
    return { slip, movement };
  });
}

/** OUT-1: the customer counted the goods at pickup and confirms (a wrong count is refused: sort it out first). */
export async function confirmSlipPickup(db: AppDB, actor: Actor, id: number, count: PickupCount, now = Date.now()): Promise<SavedSlip> {
  assertCanAny(actor, ['slip.create', 'outbound.release']);
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, id);
    return writeSlip(db, actor, slip, unwrap(confirmPickup(slip, count)), now);
  });
}

/** OUT-1: done. */
export async function completeSlipPickup(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<SavedSlip> {
  assertCanAny(actor, ['slip.create', 'outbound.release']);
  return db.transaction('rw', slipTables(db), async () => {
    const slip = await loadSlip(db, id);
    return writeSlip(db, actor, slip, unwrap(completePickup(slip, now)), now);
  });
}
