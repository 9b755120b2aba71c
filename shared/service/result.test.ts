import { describe, expect, it } from 'vitest';
import { ok, okUnless, refused } from './result';

describe('Result', () => {
  it('carries the value when ok and the issues when refused', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(refused([{ path: 'a', message: 'm' }])).toEqual({ ok: false, issues: [{ path: 'a', message: 'm' }] });
  });

  it('okUnless builds the value only when there are no issues', () => {
    let built = 0;
    const make = () => ++built;
    expect(okUnless([{ path: 'a', message: 'm' }], make).ok).toBe(false);
    expect(built).toBe(0);
    expect(okUnless([], make)).toEqual({ ok: true, value: 1 });
  });
});
