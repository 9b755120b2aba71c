import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceKeyStore, keyIdOf, type SafeStorageLike } from './backup-key';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'device-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** safeStorage mocked per Windows account: a file one account encrypted does not decrypt in another. */
function account(name: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`${name}|${Buffer.from(text).toString('hex')}`),
    decryptString: (buffer) => {
      const [owner, hex] = buffer.toString().split('|');
      if (owner !== name || hex === undefined) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(hex, 'hex').toString();
    },
  };
}

const dataKey = new Uint8Array(32).map((_, i) => i);

describe('the device key (safeStorage)', () => {
  it('is made once and kept encrypted by the OS: a second start wraps and unwraps with the same key', async () => {
    const file = join(dir, 'backup-device-key.bin');
    const first = createDeviceKeyStore(file, account('前台'));
    const slot = await first.wrap(dataKey);
    const again = createDeviceKeyStore(file, account('前台'));
    const back = await again.unwrap(slot);
    expect('dataKey' in back && [...back.dataKey]).toEqual([...dataKey]);
    expect(slot.keyId).toHaveLength(16);
  });

  it('another PC (another Windows account) has its own key: it refuses this PC’s slots as another device’s', async () => {
    const here = createDeviceKeyStore(join(dir, 'a.bin'), account('前台'));
    const there = createDeviceKeyStore(join(dir, 'b.bin'), account('仓库'));
    expect(await there.unwrap(await here.wrap(dataKey))).toEqual({ refused: 'otherDevice' });
  });

  it('a key file copied from another account cannot be read: it is kept aside (not destroyed) and a new key is made', async () => {
    const file = join(dir, 'backup-device-key.bin');
    const slot = await createDeviceKeyStore(file, account('前台')).wrap(dataKey);
    const log = vi.fn();
    const copied = createDeviceKeyStore(file, account('小偷'), log);
    expect(await copied.unwrap(slot)).toEqual({ refused: 'otherDevice' });
    expect(log).toHaveBeenCalled();
    expect(readdirSync(dir).some((n) => n.startsWith('backup-device-key.bin.unreadable-'))).toBe(true);
  });

  it('refuses clearly when the OS offers no key store, and tries again later', async () => {
    const file = join(dir, 'k.bin');
    await expect(createDeviceKeyStore(file, account('x', false)).wrap(dataKey)).rejects.toMatchObject({ code: 'FAILED', message: expect.stringContaining('备份密码') });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names a key by a short hash: different keys, different names, and the name is not part of the key', () => {
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(2);
    expect(keyIdOf(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(a)).not.toBe(keyIdOf(b));
    expect(Buffer.from(a).toString('hex')).not.toContain(keyIdOf(a));
  });
});
