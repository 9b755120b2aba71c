import type { DeviceKeys, DeviceSlot, KeySlot, PasswordSlot } from '@shared/backup/sealed-layout';

export type { DeviceKeys, DeviceUnwrap } from '@shared/backup/sealed-layout';
import { currentPasswordKey, keyringDb, passwordKeyBySalt } from '../backup-password-repo';
import { unwrapForPassword, wrapForPassword } from './seal';

/** What the installation's own keys make of a file's slots: the data key, a slot one of them should open but does not, or none of theirs. */
export type KeyringUnwrap = { ok: true; dataKey: Uint8Array; via: OpenedWith } | { ok: false; reason: 'damaged' | 'noKey' };

export type OpenedWith = 'device' | 'password';

/** Every key this installation holds, for sealing new backups and opening its own without asking anyone. */
export interface BackupKeyring {
  /** The slots a new backup's data key goes into: device key and/or backup password; [] when there is neither. */
  wrap(dataKey: Uint8Array): Promise<KeySlot[]>;
  /** The data key from a slot one of this installation's keys opens. */
  unwrap(slots: readonly KeySlot[]): Promise<KeyringUnwrap>;
  /** True when this installation has a device key (Electron). */
  hasDevice: boolean;
}

async function deviceWrap(device: DeviceKeys | null, dataKey: Uint8Array): Promise<DeviceSlot[]> {
  if (!device) return [];
  try {
    return [await device.wrap(dataKey)];
  } catch (error) {
    // No OS key store (an unusual Linux desktop): the backup password alone must then protect it.
    console.warn('the device key is not available; the backup is wrapped by the backup password only', error);
    return [];
  }
}

type SlotResult = Uint8Array | 'damaged' | null;

async function deviceUnwrap(device: DeviceKeys | null, slots: readonly KeySlot[]): Promise<SlotResult> {
  for (const slot of slots) {
    if (slot.type !== 'device' || !device) continue;
    const answer = await device.unwrap(slot);
    if ('dataKey' in answer) return answer.dataKey;
    if (answer.refused === 'damaged') return 'damaged';
  }
  return null;
}

/**
 * Password slots this installation opens with a key it kept (the current password, or an earlier
 * one, found by the slot's salt). A kept key that does not open its own slot means the slot was changed.
 */
async function rememberedUnwrap(slots: readonly KeySlot[], keys: ReturnType<typeof keyringDb>): Promise<SlotResult> {
  for (const slot of slots) {
    if (slot.type !== 'password') continue;
    const row = await passwordKeyBySalt(slot.salt, keys);
    if (!row || row.iterations !== slot.iterations) continue;
    return (await unwrapForPassword(row.key, slot)) ?? 'damaged';
  }
  return null;
}

/** The installation's keyring: the device key (Electron), and the backup password's keys. */
export function createKeyring(device: DeviceKeys | null, keys = keyringDb()): BackupKeyring {
  return {
    hasDevice: device !== null,
    async wrap(dataKey) {
      const slots: KeySlot[] = await deviceWrap(device, dataKey);
      const password = await currentPasswordKey(keys);
      if (password) slots.push(await wrapForPassword(password.key, password, dataKey));
      return slots;
    },
    async unwrap(slots) {
      const byDevice = await deviceUnwrap(device, slots);
      if (byDevice instanceof Uint8Array) return { ok: true, dataKey: byDevice, via: 'device' };
      const byPassword = await rememberedUnwrap(slots, keys);
      if (byPassword instanceof Uint8Array) return { ok: true, dataKey: byPassword, via: 'password' };
      return { ok: false, reason: byDevice === 'damaged' || byPassword === 'damaged' ? 'damaged' : 'noKey' };
    },
  };
}

export function passwordSlots(slots: readonly KeySlot[]): PasswordSlot[] {
  return slots.filter((s): s is PasswordSlot => s.type === 'password');
}
