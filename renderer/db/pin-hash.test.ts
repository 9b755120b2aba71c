import { describe, expect, it } from 'vitest';
import { defaultPinIterations, hashPin, verifyPin } from './pin-hash';

describe('PIN hashing (PBKDF2-SHA-256)', () => {
  it('stores a 256-bit hash with a random 16-byte salt and at least 100k iterations', async () => {
    const a = await hashPin('1234');
    const b = await hashPin('1234');
    expect(a.iterations).toBe(defaultPinIterations);
    expect(a.iterations).toBeGreaterThanOrEqual(100_000);
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).not.toContain('1234');
  });

  it('is deterministic for a given salt and iteration count', async () => {
    const a = await hashPin('2468', undefined, 100_000);
    expect(await hashPin('2468', a.salt, 100_000)).toEqual(a);
    expect((await hashPin('2468', a.salt, 100_001)).hash).not.toBe(a.hash);
  });

  it('verifies the right PIN and refuses any other', async () => {
    const h = await hashPin('1111');
    const staff = { pinHash: h.hash, pinSalt: h.salt, pinIterations: h.iterations };
    expect(await verifyPin('1111', staff)).toBe(true);
    expect(await verifyPin('1112', staff)).toBe(false);
    expect(await verifyPin('11111', staff)).toBe(false);
    expect(await verifyPin('', staff)).toBe(false);
  });

  it('refuses to hash with fewer than 100k iterations', async () => {
    await expect(hashPin('1234', undefined, 1000)).rejects.toThrow(RangeError);
  });

  it('matches PBKDF2-SHA-256 as computed independently (Node crypto.pbkdf2Sync)', async () => {
    const h = await hashPin('1234', btoa('saltsaltsaltsalt'), 100_000);
    expect(h.hash).toBe('XPSgJTf8OiwePlXTVwn2gxDEWB2EklHaqKiiMyD1FTY=');
  });
});
