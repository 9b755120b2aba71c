import { roles, type Role } from '../auth/roles';

/**
 * What a restore would change where it matters most, shown before the supervisor approves: the
 * staff table (who could sign in, with which roles and PIN) and the audit trail (how many of today's
 * entries would be gone). Rows come from a backup file, so every field is read defensively.
 */

/** The parts of a staff row a restore can change that the supervisor must see. */
export interface StaffSnapshot {
  id: number;
  name: string;
  roles: Role[];
  active: boolean;
  /** The PIN's hash and salt: a different one means a different PIN (the PIN itself is never known). */
  pin: string;
}

export type StaffChange =
  | { kind: 'added'; name: string; roles: Role[] }
  | { kind: 'removed'; name: string; roles: Role[] }
  | {
      kind: 'changed';
      name: string;
      roles?: { before: Role[]; after: Role[] };
      active?: { before: boolean; after: boolean };
      pinChanged: boolean;
    };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A staff row as a snapshot; null when it has no usable key. */
export function staffSnapshot(row: unknown): StaffSnapshot | null {
  if (!isRecord(row) || typeof row['id'] !== 'number') return null;
  const stored = Array.isArray(row['roles']) ? row['roles'] : [];
  return {
    id: row['id'],
    name: text(row['name']),
    roles: roles.filter((r) => stored.includes(r)),
    active: row['active'] === true,
    pin: `${text(row['pinHash'])}:${text(row['pinSalt'])}`,
  };
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((r) => b.includes(r));

function changeOf(now: StaffSnapshot, then: StaffSnapshot): StaffChange | null {
  const change: Extract<StaffChange, { kind: 'changed' }> = { kind: 'changed', name: now.name, pinChanged: now.pin !== then.pin };
  if (!sameRoles(now.roles, then.roles)) change.roles = { before: now.roles, after: then.roles };
  if (now.active !== then.active) change.active = { before: now.active, after: then.active };
  const changed = change.pinChanged || change.roles !== undefined || change.active !== undefined;
  return changed ? change : null;
}

/**
 * How the staff table would change: the backup's people replace today's. A person is the same
 * account number under the same name; another name under that number (another PC's account 1) is
 * someone else: one removed, one added.
 */
export function staffChanges(live: readonly StaffSnapshot[], file: readonly StaffSnapshot[]): StaffChange[] {
  const key = (s: StaffSnapshot) => `${s.id}\u0001${s.name}`;
  const inFile = new Map(file.map((s) => [key(s), s]));
  const inLive = new Map(live.map((s) => [key(s), s]));
  const changes: StaffChange[] = [];
  for (const s of file) if (!inLive.has(key(s))) changes.push({ kind: 'added', name: s.name, roles: s.roles });
  for (const s of live) {
    const then = inFile.get(key(s));
    const change = then ? changeOf(s, then) : { kind: 'removed' as const, name: s.name, roles: s.roles };
    if (change) changes.push(change);
  }
  return changes;
}

/** FNV-1a, 32 bits: a compact fingerprint for telling audit entries apart. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An audit entry's key and fingerprint (when, who, what, which record): entries with the same number
 * on two PCs are still told apart. Null for a row without a numeric key.
 */
export function auditFingerprint(row: unknown): { id: number; fingerprint: number } | null {
  if (!isRecord(row) || typeof row['id'] !== 'number') return null;
  const parts = [row['at'], row['staffId'], row['action'], row['table'], row['recordId']].map((v) => String(v));
  return { id: row['id'], fingerprint: fnv1a(parts.join('\u0001')) };
}

/** The audit trail today and in the file, and how many of today's entries the file does not hold. */
export interface AuditComparison {
  live: number;
  file: number;
  /** Today's entries that would disappear with the restore. */
  lost: number;
}

/** Counts today's entries missing from (or different in) the file's audit trail. */
export function countLostAudit(liveRows: Iterable<unknown>, fileFingerprints: ReadonlyMap<number, number>): { live: number; lost: number } {
  let live = 0;
  let lost = 0;
  for (const row of liveRows) {
    live++;
    const entry = auditFingerprint(row);
    if (!entry || fileFingerprints.get(entry.id) !== entry.fingerprint) lost++;
  }
  return { live, lost };
}
