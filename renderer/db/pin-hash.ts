import type { Staff } from '@shared/auth/roles';

/** PBKDF2-SHA-256 rounds: slow enough to make guessing a stolen hash costly, quick enough for a sign-in. */
export const defaultPinIterations = 150_000;
/** Below this a stored hash is refused: the issue asks for at least 100k rounds. */
export const minPinIterations = 100_000;
const saltBytes = 16;
const hashBits = 256;

export interface PinHash {
  hash: string;
  salt: string;
  iterations: number;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hashes a PIN with PBKDF2-SHA-256 (WebCrypto); a new random 16-byte salt unless one is given. */
export async function hashPin(pin: string, saltB64?: string, iterations = defaultPinIterations): Promise<PinHash> {
  if (!Number.isInteger(iterations) || iterations < minPinIterations) throw new RangeError(`too few PBKDF2 iterations: ${iterations}`);
  const salt = saltB64 === undefined ? crypto.getRandomValues(new Uint8Array(saltBytes)) : fromBase64(saltB64);
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, hashBits);
  return { hash: toBase64(new Uint8Array(bits)), salt: toBase64(salt), iterations };
}

/** Compares every character, so the time taken does not tell how much of a guess was right. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** True when `pin` is the staff member's PIN. */
export async function verifyPin(pin: string, staff: Pick<Staff, 'pinHash' | 'pinSalt' | 'pinIterations'>): Promise<boolean> {
  const { hash } = await hashPin(pin, staff.pinSalt, staff.pinIterations);
  return sameText(hash, staff.pinHash);
}
