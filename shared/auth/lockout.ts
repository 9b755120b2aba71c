export const maxPinAttempts = 5;

/**
 * How long each lockout in a row lasts: 5 min, then 15, then 60, then 4 h, then a day (the longest).
 * A guesser who waits out one lockout faces a longer one; a person who signs in correctly starts over.
 */
export const lockoutStepsMs = [5, 15, 60, 240, 1440].map((minutes) => minutes * 60 * 1000);
/** The first lockout (five minutes). */
export const lockoutMs = lockoutStepsMs[0] ?? 5 * 60 * 1000;

export interface LockState {
  failedAttempts: number;
  lockedUntil: number;
  /** Lockouts in a row since the last correct PIN (or a supervisor's unlock); absent on older rows. */
  lockouts?: number;
}

export function isLocked(state: LockState, now: number): boolean {
  return state.lockedUntil > now;
}

/** The length of the lockout that follows `previous` lockouts in a row. */
export function lockoutLengthMs(previous: number): number {
  const last = lockoutStepsMs.length - 1;
  return lockoutStepsMs[Math.min(Math.max(0, previous), last)] ?? lockoutMs;
}

/** A wrong PIN: the fifth in a row locks the account, each lockout in a row longer than the one before. */
export function afterFailure(state: LockState, now: number): LockState {
  const failedAttempts = (isLocked(state, now) ? state.failedAttempts : state.failedAttempts % maxPinAttempts) + 1;
  const lockouts = state.lockouts ?? 0;
  return failedAttempts >= maxPinAttempts
    ? { failedAttempts: 0, lockedUntil: now + lockoutLengthMs(lockouts), lockouts: lockouts + 1 }
    : { failedAttempts, lockedUntil: 0, lockouts };
}

/** A correct PIN, or a supervisor lifting the lockout: the count and the growing lockout start over. */
export function afterSuccess(): LockState {
  return { failedAttempts: 0, lockedUntil: 0, lockouts: 0 };
}
