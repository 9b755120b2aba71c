import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, isLocked, lockoutMs, type LockState } from './lockout';

const fresh: LockState = { failedAttempts: 0, lockedUntil: 0 };

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

  it('a correct PIN resets the count', () => {
    let s = afterFailure(afterFailure(fresh, 1), 2);
    s = afterSuccess();
    expect(s.failedAttempts).toBe(0);
    expect(isLocked(s, 3)).toBe(false);
  });
});
