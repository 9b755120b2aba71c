import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ivBytes, tagBytes, type DeviceSlot, type DeviceUnwrap } from '@shared/backup/sealed-layout';
import { writeFileAtomic } from './atomic-write';
import { errnoCode, OperationError } from './errors';

/** What the device key store needs of Electron's `safeStorage` (DPAPI on Windows, the keychain elsewhere). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The label data keys are wrapped under; renderer/db/backup/memory-device-keys.ts (tests) uses the same. */
export const deviceWrapLabel = 'shouhou-center backup data key, wrapped by the device key';
const keyBytes = 32;

export interface DeviceKeyStore {
  wrap(dataKey: Uint8Array): Promise<DeviceSlot>;
  unwrap(slot: DeviceSlot): Promise<DeviceUnwrap>;
}

/** The first 8 bytes of the key's SHA-256, in hex: names the key in each backup without giving it away. */
export function keyIdOf(key: Uint8Array): string {
  return createHash('sha256').update(key).digest().subarray(0, 8).toString('hex');
}

const noKeyStore = () =>
  new OperationError('FAILED', '这台电脑的系统不能安全保存备份密钥;备份只能用备份密码保护,请主管在设置中设置备份密码。');

/**
 * This PC's device key: 32 random bytes made on first use and kept in `file` encrypted by the OS
 * (safeStorage), so a copy of the file opens on no other PC or Windows account. The key itself never
 * leaves this module: backups' data keys are wrapped and unwrapped here (AES-256-GCM).
 */
export function createDeviceKeyStore(file: string, safeStorage: SafeStorageLike, log: (message: string, error?: unknown) => void = console.warn): DeviceKeyStore {
  let loading: Promise<Buffer> | null = null;

  async function create(): Promise<Buffer> {
    const key = randomBytes(keyBytes);
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, safeStorage.encryptString(key.toString('base64')));
    return key;
  }

  async function load(): Promise<Buffer> {
    if (!safeStorage.isEncryptionAvailable()) throw noKeyStore();
    let stored: Buffer;
    try {
      stored = await readFile(file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return create();
      throw error;
    }
    try {
      const key = Buffer.from(safeStorage.decryptString(stored), 'base64');
      if (key.length === keyBytes) return key;
      throw new Error(`the device key has ${key.length} bytes`);
    } catch (error) {
      // Unreadable (another Windows account's, or damaged): keep it aside rather than destroy it, start a new one.
      log('the backup device key could not be read; a new one is made', error);
      await rename(file, `${file}.unreadable-${Date.now()}`).catch(() => undefined);
      return create();
    }
  }

  const key = (): Promise<Buffer> => {
    loading ??= load().catch((error: unknown) => {
      loading = null; // try again next time (the key store may become available)
      throw error;
    });
    return loading;
  };
  const label = Buffer.from(deviceWrapLabel, 'utf8');

  return {
    async wrap(dataKey) {
      const k = await key();
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', k, iv).setAAD(label);
      const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
      return { type: 'device', keyId: keyIdOf(k), iv: iv.toString('base64'), wrapped: wrapped.toString('base64') };
    },
    /**
     * Tries the key whatever the slot's key name says: a slot this key opens is this PC's even when
     * its name was changed (the header's authentication then refuses the file as changed).
     */
    async unwrap(slot) {
      const k = await key();
      const wrapped = Buffer.from(slot.wrapped, 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(slot.iv, 'base64')).setAAD(label);
        decipher.setAuthTag(wrapped.subarray(wrapped.length - tagBytes));
        const dataKey = Buffer.concat([decipher.update(wrapped.subarray(0, wrapped.length - tagBytes)), decipher.final()]);
        return { dataKey: new Uint8Array(dataKey.buffer, dataKey.byteOffset, dataKey.byteLength) };
      } catch {
        return { refused: slot.keyId === keyIdOf(k) ? 'damaged' : 'otherDevice' };
      }
    },
  };
}
