import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, isLocked, lockoutLengthMs, lockoutMs, type LockState } from './lockout';

const fresh: LockState = { failedAttempts: 0, lockedUntil: 0 };
const minute = 60_000;

/** Five wrong PINs at `now`: one lockout. */
function fiveWrong(state: LockState, now: number): LockState {
  let s = state;
  for (let i = 0; i < 5; i++) s = afterFailure(s, now);
  return s;
}

describe('PIN lockout', () => {
  it('four wrong PINs do not lock; the fifth locks for five minutes', () => {
    let s = fresh;
    const now = 1_000_000;
    for (let i = 0; i < 4; i++) s = afterFailure(s, now);
    expect(isLocked(s, now)).toBe(false);
    expect(s.failedAttempts).toBe(4);
    s = afterFailure(s, now);
    expect(isLocked(s, now)).toBe(true);
    expect(isLocked(s, now + lockoutMs - 1)).toBe(true);
    expect(isLocked(s, now + lockoutMs)).toBe(false);
  });

  it('each lockout in a row lasts longer: 5 min, then 15, then 60, then 4 hours, then a day at most', () => {
    let s = fresh;
    let now = 1_000_000;
    const lengths: number[] = [];
    for (let i = 0; i < 7; i++) {
      s = fiveWrong(s, now);
      lengths.push((s.lockedUntil - now) / minute);
      now = s.lockedUntil; // waited it out, and guessed again
    }
    expect(lengths).toEqual([5, 15, 60, 240, 1440, 1440, 1440]);
    expect(lockoutLengthMs(0)).toBe(5 * minute);
  });

  it('a row read from before the growing lockout (no lockout count) starts at five minutes', () => {
    const old = { failedAttempts: 4, lockedUntil: 0 };
    expect(afterFailure(old, 10).lockedUntil).toBe(10 + 5 * minute);
  });

  it('a correct PIN resets the count and the growth', () => {
    let s = fiveWrong(fiveWrong(fresh, 0), 5 * minute);
    expect(s.lockouts).toBe(2);
    s = afterSuccess();
    expect(s.failedAttempts).toBe(0);
    expect(isLocked(s, 3)).toBe(false);
    expect(fiveWrong(s, 10).lockedUntil).toBe(10 + 5 * minute);
  });
});
