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
  createdAt: number;
  /** When the PIN was last set (by the account's creation or a reset). */
  pinChangedAt?: number;
}

/** A staff member as the screens see one: everything but the PIN hash. */
export type StaffMember = Omit<Staff, 'pinHash' | 'pinSalt' | 'pinIterations'> & { id: number };

export type StaffInput = { name: string; roles: Role[]; active: boolean };

export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

/** The signed-in staff member: stamped as 经手人 (handler) on every record and audit entry. */
export interface Actor {
  staffId: number;
  name: string;
  roles: Role[];
}
