/**
 * The cryptography of encrypted backups, all WebCrypto: a fresh random AES-256 data key per backup
 * encrypts the whole layout-1 file with AES-GCM (the magic and header lines as additional data, so
 * any changed byte anywhere fails the decryption), and the data key itself is wrapped (AES-GCM) by
 * the password-derived key here, or by the device key in Electron's main process.
 */
import {
  dataKeyBytes,
  ivBytes,
  parseSealedHeader,
  passwordIterations,
  passwordKdf,
  sealCipher,
  sealedHeaderText,
  sealedLayout,
  splitSealedFile,
  tagBytes,
  type KeySlot,
  type PasswordSlot,
  type SealedHeader,
} from '@shared/backup/sealed-layout';
import { backupFormat } from '@shared/backup/manifest';
import { concatBytes, plainBytes } from './streams';

type Bytes = Uint8Array<ArrayBuffer>;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(b64: string): Bytes {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function randomBytes(n: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** A new backup's data key: 32 random bytes. */
export function newDataKey(): Bytes {
  return randomBytes(dataKeyBytes);
}

/** Wrapping a data key names what wraps it, so a password slot's bytes cannot pass for another kind. */
const passwordWrapLabel = new TextEncoder().encode('shouhou-center backup data key, wrapped by the backup password');

/** The key-encryption key of a backup password: PBKDF2-SHA-256 over the password (NFC), not extractable. */
export async function derivePasswordKey(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: plainBytes(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The data key wrapped by a password key, as a file's password slot. */
export async function wrapForPassword(key: CryptoKey, params: { salt: string; iterations: number }, dataKey: Uint8Array): Promise<PasswordSlot> {
  const iv = randomBytes(ivBytes);
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: passwordWrapLabel }, key, plainBytes(dataKey));
  return { type: 'password', kdf: passwordKdf, iterations: params.iterations, salt: params.salt, iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) };
}

/** The data key of a password slot, or null when the key does not open it (another password, or a changed slot). */
export async function unwrapForPassword(key: CryptoKey, slot: PasswordSlot): Promise<Bytes | null> {
  try {
    const raw = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(slot.iv), additionalData: passwordWrapLabel }, key, fromBase64(slot.wrapped));
    return raw.byteLength === dataKeyBytes ? new Uint8Array(raw) : null;
  } catch {
    return null;
  }
}

/** Opens a password slot with a typed password. */
export async function unwrapWithPassword(password: string, slot: PasswordSlot): Promise<Bytes | null> {
  const key = await derivePasswordKey(password, fromBase64(slot.salt), slot.iterations);
  return unwrapForPassword(key, slot);
}

/** A fresh salt and the rounds for a new backup password. */
export function newPasswordParams(): { salt: string; iterations: number } {
  return { salt: toBase64(randomBytes(16)), iterations: passwordIterations };
}

function importDataKey(raw: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', plainBytes(raw), { name: 'AES-GCM' }, false, [usage]);
}

export interface SealInfo {
  appVersion: string;
  createdAt: number;
  pcName: string;
}

/** A whole layout-1 file encrypted: magic line, header (with the wrapped data keys), ciphertext. */
export async function sealBackup(inner: Uint8Array, info: SealInfo, dataKey: Uint8Array, keys: KeySlot[]): Promise<Bytes> {
  const iv = randomBytes(ivBytes);
  const header: SealedHeader = {
    format: backupFormat,
    layout: sealedLayout,
    cipher: sealCipher,
    appVersion: info.appVersion,
    createdAt: info.createdAt,
    pcName: info.pcName,
    iv: toBase64(iv),
    dataBytes: inner.length + tagBytes,
    keys,
  };
  const headerBytes = new TextEncoder().encode(sealedHeaderText(header));
  const key = await importDataKey(dataKey, 'encrypt');
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes }, key, plainBytes(inner));
  return concatBytes(headerBytes, new Uint8Array(cipher));
}

export type ReadSealed = { ok: true; header: SealedHeader; headerBytes: Uint8Array; data: Uint8Array } | { ok: false; reason: 'backup.error.tampered' };

/** The header of an encrypted file, checked (shape, and the ciphertext's length); any doubt is a changed file. */
export function readSealedHeader(bytes: Uint8Array): ReadSealed {
  const parts = splitSealedFile(bytes);
  if (!parts.ok) return parts;
  let header: SealedHeader | null;
  try {
    header = parseSealedHeader(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(parts.headerLine)));
  } catch {
    header = null;
  }
  if (!header || parts.data.length !== header.dataBytes) return { ok: false, reason: 'backup.error.tampered' };
  return { ok: true, header, headerBytes: parts.headerBytes, data: parts.data };
}

/** The layout-1 file inside, or null when the key does not fit or any byte of the file was changed. */
export async function unsealBackup(file: Extract<ReadSealed, { ok: true }>, dataKey: Uint8Array): Promise<Bytes | null> {
  try {
    const key = await importDataKey(dataKey, 'decrypt');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.header.iv), additionalData: plainBytes(file.headerBytes) },
      key,
      plainBytes(file.data),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

/** True when a layout-1 "manifest" line is really a layout-2 header: the magic line lost one bit (2 → 1). */
export function isSealedHeaderLine(line: Uint8Array): boolean {
  try {
    return parseSealedHeader(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line))) !== null;
  } catch {
    return false;
  }
}
