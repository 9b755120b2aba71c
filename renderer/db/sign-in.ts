import { ValidationError } from '@shared/validation';
import { isApprovalFresh, type Approval } from '@shared/auth/approval';
import { afterFailure, afterSuccess, isLocked } from '@shared/auth/lockout';
import { isPinTooShortFor, type Actor, type Staff } from '@shared/auth/roles';
import { isActiveSupervisor } from '@shared/auth/staff';
import type { AppDB } from './db';
import { verifyPin } from './pin-hash';

export type SignInResult =
  /** `mustChangePin`: a supervisor signed in with a PIN shorter than six digits and must set a longer one first. */
  | { ok: true; actor: Actor; mustChangePin: boolean }
  | { ok: false; reason: 'wrong' | 'locked' | 'inactive'; lockedUntil?: number };

export type ApprovalResult =
  | { ok: true; approval: Approval }
  | { ok: false; reason: 'wrong' | 'locked' | 'notSupervisor'; lockedUntil?: number };

export type PinCheck = { ok: true } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'locked'; lockedUntil: number };

/**
 * Checks a PIN against the account's lockout: while locked, even the right PIN is refused; each wrong
 * PIN counts, and the fifth in a row locks the account, for longer each time (5, 15, 60 minutes…; the
 * attempt that locks it already answers 'locked', so the screen can say until when).
 */
export async function checkPin(db: AppDB, staff: Staff & { id: number }, pin: string, now: number): Promise<PinCheck> {
  if (isLocked(staff, now)) return { ok: false, reason: 'locked', lockedUntil: staff.lockedUntil };
  // Verify outside the transaction: awaiting WebCrypto inside one would let IndexedDB commit it early.
  const right = await verifyPin(pin, staff);
  const next = await db.transaction('rw', db.staff, async () => {
    const current = await db.staff.get(staff.id);
    if (!current) return afterSuccess();
    const state = right ? afterSuccess() : afterFailure(current, now);
    const changed =
      state.failedAttempts !== current.failedAttempts || state.lockedUntil !== current.lockedUntil || state.lockouts !== (current.lockouts ?? 0);
    if (changed) await db.staff.update(staff.id, { failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil, lockouts: state.lockouts ?? 0 });
    return state;
  });
  if (right) return { ok: true };
  return isLocked(next, now) ? { ok: false, reason: 'locked', lockedUntil: next.lockedUntil } : { ok: false, reason: 'wrong' };
}

async function stored(db: AppDB, id: number): Promise<(Staff & { id: number }) | undefined> {
  const s = await db.staff.get(id);
  return s?.id === undefined ? undefined : { ...s, id: s.id };
}

/** Signs a staff member in with their PIN. An unknown account answers 'wrong', like a wrong PIN. */
export async function signIn(db: AppDB, staffId: number, pin: string, now = Date.now()): Promise<SignInResult> {
  const staff = await stored(db, staffId);
  if (!staff) return { ok: false, reason: 'wrong' };
  if (!staff.active) return { ok: false, reason: 'inactive' };
  const check = await checkPin(db, staff, pin, now);
  if (!check.ok) return check;
  const actor = { staffId: staff.id, name: staff.name, roles: [...staff.roles] };
  return { ok: true, actor, mustChangePin: isPinTooShortFor(pin, staff.roles) };
}

/**
 * A supervisor's signature (领导签字) with their own PIN, at this PC. A wrong PIN counts toward the
 * same lockout as signing in.
 */
export async function approveAsSupervisor(
  db: AppDB,
  supervisorId: number,
  pin: string,
  note: string,
  now = Date.now(),
): Promise<ApprovalResult> {
  const staff = await stored(db, supervisorId);
  if (!staff || !isActiveSupervisor(staff)) return { ok: false, reason: 'notSupervisor' };
  const check = await checkPin(db, staff, pin, now);
  if (!check.ok) return check;
  return { ok: true, approval: { supervisorId: staff.id, supervisorName: staff.name, at: now, note: note.trim() } };
}

/**
 * Re-checks an approval where it is used: the signer must still be an active supervisor under that
 * name, and the signature must be fresh (given for this action, not kept from an earlier one).
 * Throws a ValidationError at path 'approval'.
 */
export async function checkApproval(db: AppDB, approval: Approval, now = Date.now()): Promise<void> {
  const signer = await db.staff.get(approval.supervisorId);
  if (!isActiveSupervisor(signer) || signer?.name !== approval.supervisorName) {
    throw new ValidationError([{ path: 'approval', message: 'approval.error.notSupervisor' }]);
  }
  if (!isApprovalFresh(approval, now)) throw new ValidationError([{ path: 'approval', message: 'approval.error.stale' }]);
}
