/** Staff roles. One person may hold several. */
export const roles = ['frontdesk', 'warehouse', 'logistics', 'supervisor'] as const;
export type Role = (typeof roles)[number];

export interface Staff {
  id?: number;
  name: string;
  roles: Role[];
  /** PBKDF2-SHA-256 of the PIN, base64; the PIN itself is never stored. */
  pinHash: string;
  pinSalt: string;
  pinIterations: number;
  active: boolean;
  failedAttempts: number;
  /** Epoch ms until which sign-in is refused; 0 when not locked. */
  lockedUntil: number;
  /** Lockouts in a row since the last correct PIN: each lasts longer (shared/auth/lockout.ts). */
  lockouts?: number;
  createdAt: number;
  /** When the PIN was last set (by the account's creation or a reset). */
  pinChangedAt?: number;
}

/** A staff member as the screens see one: everything but the PIN hash. */
export type StaffMember = Omit<Staff, 'pinHash' | 'pinSalt' | 'pinIterations'> & { id: number };

export type StaffInput = { name: string; roles: Role[]; active: boolean };

/** The shortest PIN a supervisor may set: their PIN signs approvals and restores. */
export const minSupervisorPinLength = 6;

/** A PIN is 4–8 digits; a supervisor's at least 6 (older 4-digit supervisor PINs still sign in). */
export function isValidPin(pin: string, accountRoles: readonly Role[] = []): boolean {
  if (!/^\d{4,8}$/.test(pin)) return false;
  return !accountRoles.includes('supervisor') || pin.length >= minSupervisorPinLength;
}

/** A supervisor signing in with a PIN shorter than the rule: they are asked to set a longer one. */
export function isPinTooShortFor(pin: string, accountRoles: readonly Role[]): boolean {
  return accountRoles.includes('supervisor') && pin.length < minSupervisorPinLength;
}

/** The signed-in staff member: stamped as 经手人 (handler) on every record and audit entry. */
export interface Actor {
  staffId: number;
  name: string;
  roles: Role[];
}
