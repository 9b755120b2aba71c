import { isValidPin, type Role } from '@shared/auth/roles';
import type { StringKey } from '@shared/i18n';

export interface NewPinErrors {
  pin?: StringKey;
  confirm?: StringKey;
}

/** A new PIN is typed twice: 4–8 digits (6–8 for a supervisor), and the second entry must match the first. */
export function checkNewPin(pin: string, confirm: string, accountRoles: readonly Role[] = []): NewPinErrors {
  if (!isValidPin(pin)) return { pin: 'session.error.pinFormat' };
  if (!isValidPin(pin, accountRoles)) return { pin: 'session.error.supervisorPinFormat' };
  if (pin !== confirm) return { confirm: 'session.error.pinMismatch' };
  return {};
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some((v) => v !== undefined);
}

/** What a PIN field accepts as typed: digits only, at most 8 (the longest PIN). */
export function pinInput(raw: string): string {
  return raw.replace(/\D/g, '').slice(0, 8);
}
