export const maxPinAttempts = 5;
export const lockoutMs = 5 * 60 * 1000;

export interface LockState {
  failedAttempts: number;
  lockedUntil: number;
}

export function isLocked(state: LockState, now: number): boolean {
  return state.lockedUntil > now;
}

/** A wrong PIN: the fifth in a row locks the account for five minutes. */
export function afterFailure(state: LockState, now: number): LockState {
  const failedAttempts = (isLocked(state, now) ? state.failedAttempts : state.failedAttempts % maxPinAttempts) + 1;
  return failedAttempts >= maxPinAttempts
    ? { failedAttempts: 0, lockedUntil: now + lockoutMs }
    : { failedAttempts, lockedUntil: 0 };
}

export function afterSuccess(): LockState {
  return { failedAttempts: 0, lockedUntil: 0 };
}
