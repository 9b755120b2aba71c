import { ivBytes, type DeviceKeys, type DeviceSlot } from '@shared/backup/sealed-layout';
import { fromBase64, randomBytes, toBase64 } from './seal';
import { plainBytes } from './streams';

/** The label Electron's main process wraps data keys under (electron/backup-key.ts uses the same). */
export const deviceWrapLabel = 'shouhou-center backup data key, wrapped by the device key';

async function keyIdOf(raw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', plainBytes(raw)));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A device key kept in memory, doing what Electron's main process does with the one it keeps under
 * `safeStorage`: for tests, the benchmark, and "another PC" (a second instance with its own key).
 */
export function memoryDeviceKeys(raw: Uint8Array = randomBytes(32)): DeviceKeys {
  const label = new TextEncoder().encode(deviceWrapLabel);
  const key = crypto.subtle.importKey('raw', plainBytes(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const keyId = keyIdOf(raw);
  return {
    async wrap(dataKey) {
      const iv = randomBytes(ivBytes);
      const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: label }, await key, plainBytes(dataKey));
      return { type: 'device', keyId: await keyId, iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) } satisfies DeviceSlot;
    },
    // As main does: the key is tried whatever the slot's key name says (a changed name is caught by the header's authentication).
    async unwrap(slot) {
      try {
        const dataKey = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(slot.iv), additionalData: label }, await key, fromBase64(slot.wrapped));
        return { dataKey: new Uint8Array(dataKey) };
      } catch {
        return { refused: slot.keyId === (await keyId) ? 'damaged' : 'otherDevice' };
      }
    },
  };
}
