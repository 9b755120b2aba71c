import { assertValid, ValidationError } from '@shared/validation';
import { afterSuccess, isLocked } from '@shared/auth/lockout';
import { assertCan } from '@shared/auth/permissions';
import type { Actor, Staff, StaffInput, StaffMember } from '@shared/auth/roles';
import { isActiveSupervisor, normalizeStaffInput, validatePin, validateStaffInput } from '@shared/auth/staff';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { hashPin, type PinHash } from './pin-hash';
import { checkPin } from './sign-in';

export { approveAsSupervisor, checkApproval, signIn, type ApprovalResult, type SignInResult } from './sign-in';

type StoredStaff = Staff & { id: number };

export function toActor(staff: StoredStaff): Actor {
  return { staffId: staff.id, name: staff.name, roles: [...staff.roles] };
}

function toMember({ pinHash: _h, pinSalt: _s, pinIterations: _i, ...member }: StoredStaff): StaffMember {
  return member;
}

/** What the audit trail keeps of a staff row: never the PIN hash or the lockout counters. */
function snapshot(s: Staff): Record<string, unknown> {
  return { name: s.name, roles: s.roles, active: s.active, ...(s.pinChangedAt !== undefined ? { pinChangedAt: s.pinChangedAt } : {}) };
}

const notFound = () => new ValidationError([{ path: 'id', message: 'staff.error.notFound' }]);

async function getStored(db: AppDB, id: number): Promise<StoredStaff> {
  const s = await db.staff.get(id);
  if (s?.id === undefined) throw notFound();
  return { ...s, id: s.id };
}

/** Two active accounts with one name could not be told apart on the sign-in list. */
async function assertNameFree(db: AppDB, input: StaffInput, exceptId?: number): Promise<void> {
  if (!input.active) return;
  const clash = await db.staff.where('name').equals(input.name).filter((s) => s.active && s.id !== exceptId).count();
  if (clash > 0) throw new ValidationError([{ path: 'name', message: 'staff.error.duplicateName' }]);
}

function newRow(input: StaffInput, pin: PinHash, now: number): Staff {
  return {
    ...input,
    pinHash: pin.hash,
    pinSalt: pin.salt,
    pinIterations: pin.iterations,
    failedAttempts: 0,
    lockedUntil: 0,
    createdAt: now,
    pinChangedAt: now,
  };
}

export async function hasAnyStaff(db: AppDB): Promise<boolean> {
  return (await db.staff.count()) > 0;
}

/** First start: the supervisor's own account, created before anything else; refused once any staff exists. */
export async function createFirstSupervisor(db: AppDB, name: string, pin: string, now = Date.now()): Promise<Actor> {
  const input = normalizeStaffInput({ name, roles: ['supervisor'], active: true });
  assertValid([...validateStaffInput(input), ...validatePin(pin, input.roles)]);
  // Hash before the transaction: awaiting WebCrypto inside it would let IndexedDB commit it early.
  const hashed = await hashPin(pin);
  return db.transaction('rw', db.staff, db.auditLog, async () => {
    if ((await db.staff.count()) > 0) throw new ValidationError([{ path: 'staff', message: 'staff.error.alreadySetUp' }]);
    const row = newRow(input, hashed, now);
    const id = addedKey(await db.staff.add(row));
    const actor = toActor({ ...row, id });
    await auditChange(db, actor, { action: 'create', table: 'staff', recordId: id, after: snapshot(row), at: now });
    return actor;
  });
}

/**
 * Adds a staff member whose PIN is already hashed (createStaff, and loaders that hash every PIN before
 * their one transaction). `input` must be valid and normalized.
 */
export async function addStaffHashed(db: AppDB, actor: Actor, input: StaffInput, hashed: PinHash, now: number): Promise<number> {
  assertCan(actor.roles, 'staff.manage');
  return db.transaction('rw', db.staff, db.auditLog, async () => {
    await assertNameFree(db, input);
    const row = newRow(input, hashed, now);
    const id = addedKey(await db.staff.add(row));
    await auditChange(db, actor, { action: 'create', table: 'staff', recordId: id, after: snapshot(row), at: now });
    return id;
  });
}

export async function createStaff(db: AppDB, actor: Actor, input: StaffInput, pin: string, now = Date.now()): Promise<number> {
  assertCan(actor.roles, 'staff.manage');
  const clean = normalizeStaffInput(input);
  assertValid([...validateStaffInput(clean), ...validatePin(pin, clean.roles)]);
  return addStaffHashed(db, actor, clean, await hashPin(pin), now);
}

/** Without an active supervisor nobody could manage staff or sign an approval again. */
async function assertSupervisorRemains(db: AppDB, before: StoredStaff, after: Staff): Promise<void> {
  if (!isActiveSupervisor(before) || isActiveSupervisor(after)) return;
  const others = await db.staff.filter((s) => s.id !== before.id && isActiveSupervisor(s)).count();
  if (others === 0) throw new ValidationError([{ path: 'roles', message: 'staff.error.lastSupervisor' }]);
}

/** Name, roles and active flag; an unchanged save writes nothing. */
export async function updateStaff(db: AppDB, actor: Actor, id: number, input: StaffInput, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'staff.manage');
  const clean = normalizeStaffInput(input);
  assertValid(validateStaffInput(clean));
  await db.transaction('rw', db.staff, db.auditLog, async () => {
    const before = await getStored(db, id);
    const after: StoredStaff = { ...before, ...clean };
    const diff = { before: snapshot(before), after: snapshot(after) };
    if (JSON.stringify(diff.before) === JSON.stringify(diff.after)) return;
    await assertNameFree(db, clean, id);
    await assertSupervisorRemains(db, before, after);
    await db.staff.put(after);
    await auditChange(db, actor, { action: 'update', table: 'staff', recordId: id, ...diff, at: now });
  });
}

/** The row with a new PIN hash, its time, and the lockout lifted. */
function withNewPin(before: StoredStaff, hashed: PinHash, now: number): StoredStaff {
  return { ...before, pinHash: hashed.hash, pinSalt: hashed.salt, pinIterations: hashed.iterations, pinChangedAt: now, failedAttempts: 0, lockedUntil: 0, lockouts: 0 };
}

/** Writes a new PIN and its audit entry (the PIN's time only, never the hash). */
async function writeNewPin(db: AppDB, actor: Actor, id: number, hashed: PinHash, now: number): Promise<void> {
  await db.transaction('rw', db.staff, db.auditLog, async () => {
    const before = await getStored(db, id);
    const after = withNewPin(before, hashed, now);
    await db.staff.put(after);
    const beforeSnap = { ...snapshot(before), pinChangedAt: before.pinChangedAt ?? before.createdAt };
    await auditChange(db, actor, { action: 'update', table: 'staff', recordId: id, before: beforeSnap, after: snapshot(after), at: now });
  });
}

/** A supervisor sets a new PIN for someone who forgot theirs; it also lifts a lockout. A supervisor's PIN has at least 6 digits. */
export async function resetStaffPin(db: AppDB, actor: Actor, id: number, pin: string, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'staff.manage');
  const target = await getStored(db, id);
  assertValid(validatePin(pin, target.roles));
  await writeNewPin(db, actor, id, await hashPin(pin), now);
}

/**
 * A staff member sets their own new PIN, proving the current one (a wrong one counts toward the
 * lockout). Used when a supervisor still signs in with a PIN shorter than six digits.
 */
export async function changeOwnPin(db: AppDB, staffId: number, currentPin: string, newPin: string, now = Date.now()): Promise<void> {
  const me = await getStored(db, staffId);
  assertValid(validatePin(newPin, me.roles));
  if (newPin === currentPin) throw new ValidationError([{ path: 'pin', message: 'staff.error.pinUnchanged' }]);
  const check = await checkPin(db, me, currentPin, now);
  if (!check.ok) throw new ValidationError([{ path: 'currentPin', message: check.reason === 'locked' ? 'staff.error.currentPinLocked' : 'staff.error.currentPinWrong' }]);
  await writeNewPin(db, toActor(me), staffId, await hashPin(newPin), now);
}

/**
 * A supervisor lifts another person's lockout (a supervisor locked out by guesses is unlocked by
 * another supervisor, never by themselves); the PIN stays as it was.
 */
export async function unlockStaff(db: AppDB, actor: Actor, id: number, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'staff.manage');
  if (id === actor.staffId) throw new ValidationError([{ path: 'id', message: 'staff.error.unlockSelf' }]);
  await db.transaction('rw', db.staff, db.auditLog, async () => {
    const before = await getStored(db, id);
    if (!isLocked(before, now)) throw new ValidationError([{ path: 'id', message: 'staff.error.notLocked' }]);
    await db.staff.put({ ...before, ...afterSuccess() });
    await auditChange(db, actor, { action: 'update', table: 'staff', recordId: id, before: { locked: true }, after: { locked: false }, at: now });
  });
}

const byName = new Intl.Collator('zh-CN');

/** Staff for the sign-in list and the staff screen, by name (pinyin order), without PIN hashes. */
export async function listStaff(db: AppDB, options: { activeOnly?: boolean } = {}): Promise<StaffMember[]> {
  const all = await db.staff.toArray();
  return all
    .filter((s): s is StoredStaff => s.id !== undefined && (!options.activeOnly || s.active))
    .sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id)
    .map(toMember);
}

export async function getStaffMember(db: AppDB, id: number): Promise<StaffMember | undefined> {
  const s = await db.staff.get(id);
  return s?.id === undefined ? undefined : toMember({ ...s, id: s.id });
}
